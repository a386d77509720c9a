import ArgumentParser
import OpenServicesCore
import OpenServicesPDOK

/// `openservices pdok lookup ID`: one document by id.
struct PDOKLookupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Look up one location by the id from suggest or free (GET /lookup).",
        discussion: "Example: openservices pdok lookup adr-… --sandbox (take the id from `pdok suggest`)."
    )

    @Argument(help: "The document id, e.g. adr-….")
    var id: String

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let connection = try await ServiceConnection.make(.pdok, options: global)
        let pdok = PDOKClient(pipeline: connection.pipeline, baseURL: connection.baseURL)
        guard let document = try await global.withAccess({ try await pdok.lookup(id) }) else {
            throw OpenServicesError(.notFound, "The Locatieserver has no document with id \(id).", service: "pdok", operation: "lookup")
        }
        try OutputPrinter.print(document, format: global.output) { PDOKTextOutput.document(document) }
    }
}

extension PDOKLookupCommand: GlobalOptionsProviding { var globalOptions: GlobalOptions { global } }
