import ArgumentParser

/// `openservices notificaties`: the ZGW Notificaties API (NRC) and its webhooks.
struct NotificatiesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notificaties",
        abstract: "Receive ZGW notifications (Notificaties API 1.0) on a webhook.",
        discussion: "Example: openservices notificaties listen --port 9000 --auth 'Bearer my-webhook-token'",
        subcommands: [NotificatiesListenCommand.self]
    )
}
