import ArgumentParser

/// `openservices catalogi`: the ZGW Catalogi API (read).
struct CatalogiCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalogi",
        abstract: "Read the case type catalogues (ZGW Catalogi API 1.3.1).",
        discussion: "Try it offline with --sandbox: `openservices catalogi zaaktypen --sandbox`.",
        subcommands: [CatalogiZaaktypenCommand.self]
    )
}
