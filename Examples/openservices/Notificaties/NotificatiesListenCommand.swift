import ArgumentParser
import Foundation
import Hummingbird
import Logging
import OpenServicesCore
import OpenServicesZGW

/// `openservices notificaties listen --port P --auth VALUE`: a notification webhook on loopback that
/// prints every notification it accepts as one JSON line.
struct NotificatiesListenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "listen",
        abstract: "Serve a ZGW notification webhook and print each notification as one JSON line.",
        discussion: """
            Accepts POSTs on any path of http://HOST:PORT whose Authorization header is exactly VALUE \
            (the auth of the abonnement), answers 204, and prints the notification on standard output as \
            one JSON line with the official field names (kanaal, hoofdObject, resource, resourceUrl, actie, \
            aanmaakdatum, kenmerken). Refuses calls without Authorization (401), with another value (403) \
            and bodies that are not a notification (400). Status lines go to standard error. Runs until \
            SIGINT or SIGTERM, then prints what it accepted and exits 0; --timeout does not apply. \
            Give the value with --auth or in OPENSERVICES_NOTIFICATIES_WEBHOOK_AUTH (keeps it out of the process list).
            """
    )

    /// The environment variable that can hold the expected Authorization value.
    static let authEnvironment = "OPENSERVICES_NOTIFICATIES_WEBHOOK_AUTH"

    @Option(help: "The port to listen on, 0-65535 (0 picks a free one).")
    var port: Int

    @Option(help: "The exact Authorization value the Notificaties API sends (the abonnement's auth), e.g. 'Bearer abc'.")
    var auth: String?

    @Option(help: "The address to listen on.")
    var host: String = "127.0.0.1"

    @Option(help: "How many notifications may wait to be printed before calls are answered 503.")
    var buffer: Int = ZGWNotificationReceiver.defaultBufferCapacity

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be between 0 and 65535.") }
        guard buffer >= 1 else { throw ValidationError("--buffer must be at least 1.") }
        guard !host.isEmpty else { throw ValidationError("--host must not be empty.") }
        guard authorization != nil else {
            throw ValidationError("Give the Authorization value to accept with --auth VALUE or \(Self.authEnvironment).")
        }
    }

    /// The value from `--auth` or the environment.
    private var authorization: String? {
        let value = auth ?? ProcessInfo.processInfo.environment[Self.authEnvironment]
        return value?.isEmpty == false ? value : nil
    }

    func run() async throws {
        let receiver = try ZGWNotificationReceiver(authorization: Secret(authorization ?? ""), bufferCapacity: buffer)
        let host = host
        var logger = Logger(label: "openservices.notificaties.webhook")
        logger.logLevel = global.verbose ? .debug : .warning
        let app = Application(
            responder: NotificatiesWebhookResponder(receiver: receiver),
            configuration: .init(address: .hostname(host, port: port), serverName: "openservices-webhook"),
            onServerRunning: { channel in
                let bound = channel.localAddress?.port ?? 0
                printToStandardError("listening on http://\(host):\(bound) (Ctrl-C to stop)")
            },
            logger: logger)

        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                for await notificatie in receiver.notifications {
                    var line = try encoder.encode(notificatie)
                    line.append(UInt8(ascii: "\n"))
                    FileHandle.standardOutput.write(line)
                }
            }
            do {
                // Shuts down gracefully on SIGINT and SIGTERM, then returns.
                try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
            } catch {
                receiver.finish()
                group.cancelAll()
                throw OpenServicesError(
                    .invalidConfiguration, "The webhook could not listen on \(host):\(port) (\(error)).",
                    remediation: "Pick another port with --port (0 picks a free one), or check --host.",
                    service: "notificaties", operation: "notification_receive")
            }
            // Everything answered 204 is in the buffer: print it before exiting.
            receiver.finish()
            try await group.waitForAll()
        }
        printToStandardError("stopped")
    }
}

extension NotificatiesListenCommand: CommandDeadlineExempt {}
extension NotificatiesListenCommand: GlobalOptionsProviding { var globalOptions: GlobalOptions { global } }
