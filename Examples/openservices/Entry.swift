import ArgumentParser
import Foundation
import Logging
import OpenServicesCore

/// Parses the command line, runs the command under its deadline and maps failures to exit codes.
@main
enum Entry {
    nonisolated static func main() async {
        let status: Int32
        do {
            var command = try OpenServicesCommand.parseAsRoot()
            let options = (command as? any GlobalOptionsProviding)?.globalOptions
            bootstrapLogging(verbose: options?.verbose ?? false)
            let watchdog = command is any CommandDeadlineExempt
                ? nil : CommandDeadline.start(options.map { .seconds($0.timeout) } ?? CommandDeadline.localDefault)
            defer { watchdog?.cancel() }
            if let parsed = command as? any AsyncParsableCommand {
                // The parsed command is used by this task alone; it never crosses isolation domains.
                nonisolated(unsafe) var asyncCommand = parsed
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            status = ExitStatus.success
        } catch {
            status = ExitStatus.report(error)
        }
        exit(status)
    }

    private static func bootstrapLogging(verbose: Bool) {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = verbose ? .debug : .warning
            return handler
        }
    }
}

/// Commands that carry the global options.
protocol GlobalOptionsProviding {
    var globalOptions: GlobalOptions { get }
}

extension OpenServicesCommand: GlobalOptionsProviding { var globalOptions: GlobalOptions { global } }
extension DemoCommand: GlobalOptionsProviding { var globalOptions: GlobalOptions { global } }

/// Prints a line to standard error.
func printToStandardError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
