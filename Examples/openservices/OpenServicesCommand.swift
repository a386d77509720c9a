import ArgumentParser

/// The `openservices` command: Dutch government services from the command line.
struct OpenServicesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "openservices",
        abstract: "Reach Dutch government services (BRP, BAG, KVK, PDOK, ZGW) through one policy-governed, audited SDK.",
        discussion: """
            Exit codes: 0 success, 1 other failure (including a response that does not decode), \
            2 usage error or invalid input, 3 denied by policy, 4 the service rejected the request (4xx), \
            5 the service is unavailable (5xx, timeout, connection failure).
            """,
        version: "0.1.0",
        subcommands: [
            DemoCommand.self, BRPCommand.self, BAGCommand.self, KVKCommand.self, PDOKCommand.self,
            PolicyCommand.self, SandboxCommand.self,
            ZakenCommand.self, CatalogiCommand.self, DocumentenCommand.self, NotificatiesCommand.self,
        ]
    )

    @OptionGroup var global: GlobalOptions
}
