import OpenServicesCore

/// Runs a command under an overall deadline, so that no command hangs.
enum CommandDeadline {
    /// Runs `body`, cancelling it and failing with a timeout error when `timeout` passes first.
    static func run(_ timeout: Duration, _ body: @escaping @Sendable () async throws -> Void) async throws {
        try await withThrowingTaskGroup(of: Bool.self) { group in
            group.addTask {
                try await body()
                return true
            }
            group.addTask {
                try await Task.sleep(for: timeout)
                return false
            }
            defer { group.cancelAll() }
            guard let finished = try await group.next(), finished else {
                throw OpenServicesError(
                    .deadlineExceeded, "The command did not finish within \(timeout.components.seconds) seconds.",
                    remediation: "Raise the deadline with --timeout SECONDS, or check that the service is reachable.")
            }
        }
    }
}
