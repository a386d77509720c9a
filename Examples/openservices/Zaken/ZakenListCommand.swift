import ArgumentParser
import OpenServicesCore
import OpenServicesZGW

/// `openservices zaken list`: zaken, optionally of one person (BSN) or zaaktype.
struct ZakenListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List zaken (GET /zaken, or POST /zaken/_zoek with --bsn so the BSN stays out of the URL).",
        discussion: """
            Examples:
              openservices zaken list --sandbox
              openservices zaken list --bsn 999993653 --sandbox
              openservices zaken list --zaaktype http://sandbox.openservices.invalid/catalogi/api/v1/zaaktypen/2aa7e000-0000-4000-8000-000000000001 --sandbox
            """
    )

    @Option(help: "Only zaken in which the person with this BSN has a role.")
    var bsn: String?
    @Option(help: "Only zaken of this zaaktype (its URL).")
    var zaaktype: String?
    @Option(help: "Only zaken of this bronorganisatie (RSIN).")
    var bronorganisatie: String?
    @Option(help: "At most this many zaken.")
    var limit = 100

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        var query = ZaakQuery()
        query.bsn = try bsn.map { try BSN($0) }
        query.zaaktype = try zaaktype.map { try ZGWResourceURL<ZaakType>($0) }
        query.bronorganisatie = try bronorganisatie.map { try RSIN($0) }
        let connection = try await ServiceConnection.make(.zaken, options: global)
        let zaken = ZakenClient(pipeline: connection.pipeline, baseURL: connection.baseURL, resourceRoots: connection.resourceRoots)
        let found = try await global.withAccess { try await zaken.allZaken(query).items.collect(max: limit) }
        try OutputPrinter.print(found, format: global.output) { ZGWTextOutput.zaken(found) }
    }
}

extension ZakenListCommand: GlobalOptionsProviding { var globalOptions: GlobalOptions { global } }
