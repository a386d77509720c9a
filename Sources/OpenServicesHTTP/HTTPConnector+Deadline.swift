import AsyncHTTPClient
import NIOCore

extension HTTPConnector {
    /// Runs `operation` in a task of its own that is cancelled when `deadline` passes, and then fails with
    /// `HTTPClientError.deadlineExceeded`.
    ///
    /// AsyncHTTPClient's deadline ends when the response head arrives (`execute` returns then), so reading
    /// the body needs a deadline of its own. The timer is a task scheduled on an event loop, which is cheap
    /// and cancelled as soon as the body is read. Cancelling the calling task cancels the operation too.
    static func withDeadline<Result: Sendable>(
        _ deadline: NIODeadline,
        on eventLoopGroup: any EventLoopGroup,
        _ operation: @escaping @Sendable () async throws -> Result
    ) async throws -> Result {
        guard deadline != .distantFuture else { return try await operation() }
        let task = Task(operation: operation)
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
}
