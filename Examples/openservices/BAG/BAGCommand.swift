import ArgumentParser

/// `openservices bag`: BAG Individuele Bevragingen v2 (Kadaster).
struct BAGCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bag",
        abstract: "Look up addresses and buildings in the BAG (Basisregistratie Adressen en Gebouwen).",
        discussion: "Try it offline with --sandbox, e.g. `openservices bag addresses --postcode 3011WK --house-number 12 --sandbox`.",
        subcommands: [BAGAddressesCommand.self, BAGObjectCommand.self]
    )
}
