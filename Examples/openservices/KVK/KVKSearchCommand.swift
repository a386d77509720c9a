import ArgumentParser
import OpenServicesCore
import OpenServicesKVK

/// `openservices kvk search --name X | --kvk-number N | …`: KVK Zoeken v2.
struct KVKSearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search registrations (GET /v2/zoeken).",
        discussion: """
            Examples:
              openservices kvk search --name Wijnhaven --sandbox
              openservices kvk search --kvk-number 71000011 --sandbox
              openservices kvk search --place Rotterdam --type hoofdvestiging --all --sandbox
              openservices kvk search --postcode 3012EK --house-number 7 --sandbox
            """
    )

    @Option(help: "Trade or legal name (naam).")
    var name: String?
    @Option(help: "KVK-nummer, 8 digits (kvkNummer).")
    var kvkNumber: String?
    @Option(help: "RSIN, 9 digits (rsin).")
    var rsin: String?
    @Option(help: "Vestigingsnummer, 12 digits (vestigingsnummer).")
    var branchNumber: String?
    @Option(help: "Street (straatnaam).")
    var street: String?
    @Option(help: "Place (plaats).")
    var place: String?
    @Option(help: "Postcode; with --house-number or --po-box.")
    var postcode: String?
    @Option(help: "House number (huisnummer); with --postcode.")
    var houseNumber: Int?
    @Option(help: "House letter (huisletter); with --house-number.")
    var houseLetter: String?
    @Option(help: "PO box number (postbusnummer); with --postcode.")
    var poBox: Int?
    @Option(help: "Only hoofdvestiging, nevenvestiging or rechtspersoon (repeatable).")
    var type: [String] = []
    @Flag(help: "Include inactive registrations (inclusiefInactieveRegistraties).")
    var includeInactive = false
    @Option(help: "Page number (pagina), 1–1000.")
    var page = 1
    @Option(help: "Results per page (resultatenPerPagina), 1–100.")
    var perPage = 10
    @Flag(help: "Fetch every page (at most 1,000 results).")
    var all = false

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        var query = KVKSearchQuery(naam: name, straatnaam: street, plaats: place, type: type.map(KVKResultaatType.init(rawValue:)))
        query.kvkNummer = try kvkNumber.map(KVKNummer.init)
        query.rsin = try rsin.map(RSIN.init)
        query.vestigingsnummer = try branchNumber.map(Vestigingsnummer.init)
        query.postcode = try postcode.map(Postcode.init)
        query.huisnummer = houseNumber
        query.huisletter = houseLetter
        query.postbusnummer = poBox
        query.inclusiefInactieveRegistraties = includeInactive ? true : nil
        let connection = try await ServiceConnection.make(.kvk, options: global)
        let kvk = KVKClient(pipeline: connection.pipeline, baseURL: connection.baseURL)
        if all {
            let items = try await global.withAccess { try await kvk.searchAll(query, resultsPerPage: perPage).items.collect() }
            try OutputPrinter.print(items, format: global.output) { KVKTextOutput.results(items, total: items.count) }
        } else {
            let result = try await global.withAccess { try await kvk.search(query, page: page, resultsPerPage: perPage) }
            try OutputPrinter.print(result, format: global.output) {
                KVKTextOutput.results(result.resultaten, total: result.totaal ?? result.resultaten.count)
                    + "\n(page \(result.pagina ?? page), \(result.resultatenPerPagina ?? perPage) a page)"
            }
        }
    }
}

extension KVKSearchCommand: GlobalOptionsProviding { var globalOptions: GlobalOptions { global } }
