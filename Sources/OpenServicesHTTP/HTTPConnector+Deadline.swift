import AsyncHTTPClient
import NIOCore
import Synchronization

extension HTTPConnector {
    /// Runs `operation` so that it ends when `deadline` passes, failing then with
    /// `HTTPClientError.deadlineExceeded`; cancelling the calling task cancels it too.
    ///
    /// AsyncHTTPClient's deadline ends when the response head arrives (`execute` returns then), so reading
    /// the body needs a deadline of its own. The operation runs in a task of its own, because only task
    /// cancellation interrupts a pending body read. That task starts at once on the calling thread
    /// (`Task.immediate`): a body that has already arrived — the usual case for a small JSON response — is
    /// read before it would ever suspend, and then no timer is armed and no thread is woken. Only an
    /// operation that has to wait gets the timer, an event-loop task that cancels it at the deadline.
    static func withDeadline<Result: Sendable>(
        _ deadline: NIODeadline,
        on eventLoopGroup: any EventLoopGroup,
        _ operation: @escaping @Sendable () async throws -> Result
    ) async throws -> Result {
        guard deadline != .distantFuture else { return try await operation() }
        let run = Run(operation)
        let task = startTask { try await run() }
        guard !run.isFinished else { return try await task.value }
        let timer = eventLoopGroup.any().scheduleTask(deadline: deadline) { task.cancel() }
        defer { timer.cancel() }
        do {
            return try await withTaskCancellationHandler {
                try await task.value
            } onCancel: {
                task.cancel()
            }
        } catch {
            if !Task.isCancelled, deadline <= .now() { throw HTTPClientError.deadlineExceeded }
            throw error
        }
    }

    /// A task that runs `operation` on the calling thread until its first suspension where the runtime can
    /// (`Task.immediate`, Swift 6.2 runtimes), else an ordinary task.
    private static func startTask<Result: Sendable>(
        _ operation: @escaping @Sendable () async throws -> Result
    ) -> Task<Result, any Error> {
        if #available(macOS 26, iOS 26, tvOS 26, watchOS 26, visionOS 26, *) {
            return Task.immediate(operation: operation)
        }
        return Task(operation: operation)
    }

    /// The operation of ``withDeadline(_:on:_:)`` and whether it has finished, in one object, so that the task
    /// running it captures a single reference.
    private final class Run<Result: Sendable>: Sendable {
        private let operation: @Sendable () async throws -> Result
        private let finished = Atomic(false)

        init(_ operation: @escaping @Sendable () async throws -> Result) { self.operation = operation }

        /// Whether the operation has returned or thrown.
        var isFinished: Bool { finished.load(ordering: .acquiring) }

        func callAsFunction() async throws -> Result {
            defer { finished.store(true, ordering: .releasing) }
            return try await operation()
        }
    }
}
