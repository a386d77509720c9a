import ArgumentParser

/// `openservices zaken`: the ZGW Zaken API (cases).
struct ZakenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zaken",
        abstract: "List, look up and create zaken (cases) and set their status (ZGW Zaken API 1.5.1).",
        discussion: """
            Configure with OPENSERVICES_ZAKEN_URL, OPENSERVICES_ZAKEN_AUTH=zgw-jwt, OPENSERVICES_ZAKEN_CLIENT_ID and \
            OPENSERVICES_ZAKEN_CLIENT_SECRET, or try it offline with --sandbox: `openservices zaken list --sandbox`.
            """,
        subcommands: [ZakenListCommand.self, ZakenGetCommand.self, ZakenCreateCommand.self, ZakenStatusCommand.self]
    )
}
