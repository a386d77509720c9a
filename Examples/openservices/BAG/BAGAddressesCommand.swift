import ArgumentParser
import OpenServicesBAG
import OpenServicesCore

/// `openservices bag addresses --postcode P --house-number N [--house-letter L] [--addition T]`: bevraagAdressen.
struct BAGAddressesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "addresses",
        abstract: "Find addresses by postcode and house number, or by free text (GET /adressen).",
        discussion: """
            Examples:
              openservices bag addresses --postcode 3011WK --house-number 12 --sandbox
              openservices bag addresses --postcode 3012EK --house-number 7 --house-letter A --expand --sandbox
              openservices bag addresses --query "Wijnhavenkade Rotterdam" --sandbox
            """
    )

    @Option(help: "Postcode, e.g. 3011WK (a space is allowed).")
    var postcode: String?
    @Option(help: "House number (huisnummer), 1–99999.")
    var houseNumber: Int?
    @Option(help: "House letter (huisletter), one letter.")
    var houseLetter: String?
    @Option(help: "House number addition (huisnummertoevoeging), 1–4 letters or digits.")
    var addition: String?
    @Flag(help: "Only exact matches on letter and addition (exacteMatch).")
    var exact = false
    @Option(help: "Free-text search on postcode, place, street and number (q).")
    var query: String?
    @Flag(help: "Embed the nummeraanduiding, openbare ruimte, woonplaats, object and panden (expand).")
    var expand = false
    @Option(help: "The most addresses to print.")
    var limit = 100

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard query != nil || (postcode != nil && houseNumber != nil) else {
            throw ValidationError("Give --postcode and --house-number, or --query.")
        }
    }

    func run() async throws {
        let connection = try await ServiceConnection.make(.bag, options: global)
        let bag = BAGClient(pipeline: connection.pipeline, baseURL: connection.baseURL)
        let pages: PageSequence<BAGPage<BAGAdres>>
        if let postcode, let houseNumber {
            pages = try bag.addresses(
                postcode: postcode, houseNumber: houseNumber, houseLetter: houseLetter, addition: addition,
                exactMatch: exact ? true : nil, expand: expand ? .all : [])
        } else {
            var search = BAGAddressQuery(q: query ?? "")
            search.exacteMatch = exact ? true : nil
            pages = try bag.addresses(search, expand: expand ? .all : [], pageSize: 20)
        }
        let adressen = try await global.withAccess { try await pages.items.collect(max: limit) }
        try OutputPrinter.print(adressen, format: global.output) { BAGTextOutput.addresses(adressen) }
    }
}

extension BAGAddressesCommand: GlobalOptionsProviding { var globalOptions: GlobalOptions { global } }
