import ArgumentParser

/// `openservices pdok`: the PDOK Locatieserver v3_1.
struct PDOKCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pdok",
        abstract: "Geocode with the PDOK Locatieserver: free search, suggestions, lookup and reverse.",
        discussion: "Try it offline with --sandbox, e.g. `openservices pdok free \"Wijnhavenkade 12 Rotterdam\" --sandbox`.",
        subcommands: [PDOKFreeCommand.self, PDOKSuggestCommand.self, PDOKLookupCommand.self, PDOKReverseCommand.self]
    )
}
