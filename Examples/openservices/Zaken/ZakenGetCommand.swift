import ArgumentParser
import OpenServicesZGW

/// `openservices zaken get UUID`: one zaak.
struct ZakenGetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "get",
        abstract: "Look up a zaak (GET /zaken/{uuid}).",
        discussion: """
            Example:
              openservices zaken get 5a4e0000-0000-4000-8000-000000000001 --sandbox
            """
    )

    @Argument(help: "The zaak's uuid.")
    var uuid: String

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let id = try ZGWArguments.uuid(uuid, of: "zaak")
        let connection = try await ServiceConnection.make(.zaken, options: global)
        let zaken = ZakenClient(pipeline: connection.pipeline, baseURL: connection.baseURL, resourceRoots: connection.resourceRoots)
        let zaak = try await global.withAccess { try await zaken.zaak(id) }
        try OutputPrinter.print(zaak, format: global.output) { ZGWTextOutput.zaak(zaak) }
    }
}

extension ZakenGetCommand: GlobalOptionsProviding { var globalOptions: GlobalOptions { global } }
