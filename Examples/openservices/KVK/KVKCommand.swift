import ArgumentParser

/// `openservices kvk`: the KVK Handelsregister (Zoeken v2, Basisprofiel v1, Vestigingsprofiel v1).
struct KVKCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kvk",
        abstract: "Search the KVK Handelsregister and look up registrations and branches.",
        discussion: "Try it offline with --sandbox, e.g. `openservices kvk search --name Wijnhaven --sandbox`.",
        subcommands: [KVKSearchCommand.self, KVKProfileCommand.self, KVKBranchCommand.self]
    )
}
