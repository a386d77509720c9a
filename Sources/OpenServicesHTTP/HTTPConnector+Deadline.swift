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
        try await withDeadline(deadline, on: eventLoopGroup, running: ClosureRead(operation))
    }

    /// ``withDeadline(_:on:_:)`` for an operation that is an object already: the task that runs it captures
    /// that one reference, so nothing else is allocated for it.
    static func withDeadline<Result: Sendable>(
        _ deadline: NIODeadline,
        on eventLoopGroup: any EventLoopGroup,
        running read: DeadlineBoundRead<Result>
    ) async throws -> Result {
        guard deadline != .distantFuture else { return try await read() }
        let task = startTask { try await read() }
        guard !read.isFinished else { return try await task.value }
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
}

/// An operation that ``HTTPConnector/withDeadline(_:on:running:)`` runs in a task of its own, and whether it
/// has finished, in one object: the task captures a single reference. Subclasses override ``operation()``.
class DeadlineBoundRead<Result: Sendable>: @unchecked Sendable {
    // Unchecked: the only stored state is the atomic flag; subclasses are final with immutable Sendable state.
    private let finished = Atomic(false)

    /// Whether the operation has returned or thrown.
    final var isFinished: Bool { finished.load(ordering: .acquiring) }

    /// The work; subclasses override it.
    func operation() async throws -> Result {
        preconditionFailure("\(Self.self) must override operation()")
    }

    final func callAsFunction() async throws -> Result {
        defer { finished.store(true, ordering: .releasing) }
        return try await operation()
    }
}

/// A closure as a ``DeadlineBoundRead``.
final class ClosureRead<Result: Sendable>: DeadlineBoundRead<Result>, @unchecked Sendable {
    private let body: @Sendable () async throws -> Result

    init(_ body: @escaping @Sendable () async throws -> Result) { self.body = body }

    override func operation() async throws -> Result { try await body() }
}

/// Collecting a buffered response body up to the size limit.
final class BodyCollection: DeadlineBoundRead<ByteBuffer>, @unchecked Sendable {
    private let body: HTTPClientResponse.Body
    private let limit: Int

    init(_ body: HTTPClientResponse.Body, limit: Int) {
        self.body = body
        self.limit = limit
    }

    override func operation() async throws -> ByteBuffer { try await body.collect(upTo: limit) }
}
