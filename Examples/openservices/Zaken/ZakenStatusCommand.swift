import ArgumentParser
import OpenServicesZGW

/// `openservices zaken status UUID --statustype URL`: gives a zaak a new status.
struct ZakenStatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Set a zaak's status (POST /statussen).",
        discussion: """
            Example:
              openservices zaken status 5a4e0000-0000-4000-8000-000000000001 --sandbox \\
                --statustype http://sandbox.openservices.invalid/catalogi/api/v1/statustypen/57a70000-0000-4000-8000-000000000012
            """
    )

    @Argument(help: "The zaak's uuid.")
    var uuid: String
    @Option(help: "The statustype's URL; it must belong to the zaak's zaaktype.")
    var statustype: String
    @Option(help: "An explanation of the status.")
    var toelichting: String?
    @Option(help: "The reason for the change, kept in the audit trail (X-Audit-Toelichting).")
    var auditToelichting: String?

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let id = try ZGWArguments.uuid(uuid, of: "zaak")
        let type = try ZGWResourceURL<StatusType>(statustype)
        let connection = try await ServiceConnection.make(.zaken, options: global)
        let zaken = ZakenClient(pipeline: connection.pipeline, baseURL: connection.baseURL, resourceRoots: connection.resourceRoots)
        let status = try await global.withAccess {
            let zaak = try await zaken.zaak(id)
            let input = StatusInput(zaak: zaak.url, statustype: type, statustoelichting: toelichting)
            return try await zaken.createStatus(input, options: ZGWCallOptions(auditExplanation: auditToelichting))
        }
        try OutputPrinter.print(status, format: global.output) { ZGWTextOutput.status(status) }
    }
}

extension ZakenStatusCommand: GlobalOptionsProviding { var globalOptions: GlobalOptions { global } }
