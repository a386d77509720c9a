import Foundation
import OpenServicesCore

/// Commands that run until they are stopped (servers, listeners) and so take no deadline.
protocol CommandDeadlineExempt {}

/// Runs a command under an overall deadline, so that no command hangs.
enum CommandDeadline {
    /// The deadline of commands that only work locally (policy tests over large suites), when they
    /// take no `--timeout`: a safety net, not a limit anyone should meet.
    static let localDefault = Duration.seconds(3600)

    /// Starts the watchdog: when `timeout` passes before it is cancelled, it reports a timeout and
    /// ends the process with exit code 5 at once, even if the work in progress does not check for
    /// cancellation. Cancel the returned task when the command is done.
    static func start(_ timeout: Duration) -> Task<Void, any Error> {
        Task.detached {
            try await Task.sleep(for: timeout)
            let error = OpenServicesError(
                .deadlineExceeded, "The command did not finish within \(timeout.components.seconds) seconds.",
                remediation: "Raise the deadline with --timeout SECONDS, or check that the service is reachable.")
            printToStandardError("error: \(error)")
            exit(ExitStatus.code(for: error))
        }
    }
}
