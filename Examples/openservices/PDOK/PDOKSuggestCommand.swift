import ArgumentParser
import OpenServicesCore
import OpenServicesPDOK

/// `openservices pdok suggest Q`: suggestions while typing.
struct PDOKSuggestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "Suggest locations for a partial search (GET /suggest).",
        discussion: "Example: openservices pdok suggest wijnhavenk --sandbox"
    )

    @Argument(help: "The partial search terms.")
    var query: String
    @Option(help: "A filter query (fq), e.g. type:adres (repeatable).")
    var filter: [String] = []
    @Option(help: "The number of suggestions (rows).")
    var rows = 10

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let connection = try await ServiceConnection.make(.pdok, options: global)
        let pdok = PDOKClient(pipeline: connection.pipeline, baseURL: connection.baseURL)
        let result = try await global.withAccess { try await pdok.suggest(query, filters: filter, rows: rows) }
        try OutputPrinter.print(result, format: global.output) { PDOKTextOutput.suggestions(result) }
    }
}

extension PDOKSuggestCommand: GlobalOptionsProviding { var globalOptions: GlobalOptions { global } }
