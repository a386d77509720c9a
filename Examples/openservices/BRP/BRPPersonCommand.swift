import ArgumentParser
import OpenServicesBRP
import OpenServicesCore

/// `openservices brp person BSN... [--fields a,b]`: RaadpleegMetBurgerservicenummer.
struct BRPPersonCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person",
        abstract: "Look up 1 to 20 persons by BSN (RaadpleegMetBurgerservicenummer).",
        discussion: "Example: openservices brp person 999993653 --fields naam,geboorte,verblijfplaats --sandbox"
    )

    @Argument(help: "One to twenty BSNs (nine digits each, passing the elfproef).")
    var bsns: [String]

    @Option(help: "Comma-separated fields, e.g. naam,geboorte.datum,partners (default: burgerservicenummer,naam,geboorte,verblijfplaats).")
    var fields: String?

    @Option(help: "Only persons registered in this municipality (four-digit gemeentecode, e.g. 0599).")
    var municipality: String?

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let bsns = try bsns.map(BSN.init)
        let fields = BRPCommandSupport.fields(fields, for: .raadpleegMetBurgerservicenummer)
        let connection = try await ServiceConnection.make(.brp, options: global)
        let client = BRPClient(pipeline: connection.pipeline, baseURL: connection.baseURL)
        let personen = try await global.withAccess {
            try await client.persons(bsns, fields: fields, gemeenteVanInschrijving: municipality)
        }
        try OutputPrinter.print(personen, format: global.output) { BRPTextOutput.persons(personen) }
    }
}

extension BRPPersonCommand: GlobalOptionsProviding { var globalOptions: GlobalOptions { global } }
