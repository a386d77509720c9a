import ArgumentParser
import OpenServicesZGW

/// The `--status` values: the Catalogi API's `status` filter.
enum CatalogiStatusOption: String, ExpressibleByArgument, CaseIterable {
    case alles, concept, definitief

    var status: CatalogiStatus {
        switch self {
        case .alles: .alles
        case .concept: .concept
        case .definitief: .definitief
        }
    }
}

/// `openservices catalogi zaaktypen`: the zaaktypen, with their URLs for `zaken create`.
struct CatalogiZaaktypenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zaaktypen",
        abstract: "List zaaktypen (GET /zaaktypen).",
        discussion: """
            Examples:
              openservices catalogi zaaktypen --sandbox
              openservices catalogi zaaktypen --status alles --output json --sandbox
            """
    )

    @Option(help: "Which zaaktypen: definitief (published, the default), concept or alles.")
    var status: CatalogiStatusOption?

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let connection = try await ServiceConnection.make(.catalogi, options: global)
        let catalogi = CatalogiClient(pipeline: connection.pipeline, baseURL: connection.baseURL, resourceRoots: connection.resourceRoots)
        let zaaktypen = try await global.withAccess { try await catalogi.allZaaktypen(status: status?.status).items.collect() }
        try OutputPrinter.print(zaaktypen, format: global.output) { ZGWTextOutput.zaaktypen(zaaktypen) }
    }
}

extension CatalogiZaaktypenCommand: GlobalOptionsProviding { var globalOptions: GlobalOptions { global } }
