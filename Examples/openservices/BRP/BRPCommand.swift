import ArgumentParser

/// `openservices brp`: BRP Personen (Haal Centraal BRP API v2).
struct BRPCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brp",
        abstract: "Look up and search persons in the BRP (Basisregistratie Personen).",
        discussion: """
            Without --fields a small default set is asked for (it is printed on standard error). \
            Try it offline with --sandbox, e.g. `openservices brp person 999993653 --sandbox`.
            """,
        subcommands: [BRPPersonCommand.self, BRPSearchCommand.self]
    )
}
