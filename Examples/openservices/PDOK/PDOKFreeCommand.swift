import ArgumentParser
import OpenServicesCore
import OpenServicesPDOK

/// `openservices pdok free Q`: the free geocoder.
struct PDOKFreeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "free",
        abstract: "Search addresses, roads, postcodes, places and municipalities (GET /free).",
        discussion: """
            Examples:
              openservices pdok free "Wijnhavenkade 12 Rotterdam" --sandbox
              openservices pdok free Rotterdam --filter type:weg --rows 5 --sandbox
            """
    )

    @Argument(help: "The search terms (Solr syntax allowed).")
    var query: String
    @Option(help: "A filter query (fq), e.g. type:adres (repeatable).")
    var filter: [String] = []
    @Option(help: "The number of results (rows), 1–100.")
    var rows = 10
    @Option(help: "The index of the first result (start), 0–10000.")
    var start = 0

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let connection = try await ServiceConnection.make(.pdok, options: global)
        let pdok = PDOKClient(pipeline: connection.pipeline, baseURL: connection.baseURL)
        let result = try await global.withAccess {
            try await pdok.free(query, filters: filter, fields: nil, start: start, rows: rows, near: nil)
        }
        try OutputPrinter.print(result, format: global.output) { PDOKTextOutput.documents(result.response) }
    }
}

extension PDOKFreeCommand: GlobalOptionsProviding { var globalOptions: GlobalOptions { global } }
