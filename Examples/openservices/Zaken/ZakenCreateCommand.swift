import ArgumentParser
import OpenServicesCore
import OpenServicesZGW

/// `openservices zaken create`: registers a new zaak.
struct ZakenCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create a zaak (POST /zaken).",
        discussion: """
            The zaak starts today unless --startdatum is given. A create is not retried once it was sent, \
            unless --idempotency-key is given.

            Example:
              openservices zaken create --sandbox \\
                --zaaktype http://sandbox.openservices.invalid/catalogi/api/v1/zaaktypen/2aa7e000-0000-4000-8000-000000000001 \\
                --omschrijving "Losse stoeptegel" --bronorganisatie 002564440 --verantwoordelijke-organisatie 002564440
            """
    )

    @Option(help: "The zaaktype's URL (see `openservices catalogi zaaktypen`).")
    var zaaktype: String
    @Option(help: "A short description.")
    var omschrijving: String
    @Option(help: "The RSIN of the organisation that registers the zaak.")
    var bronorganisatie: String
    @Option(help: "The RSIN of the organisation responsible for handling it.")
    var verantwoordelijkeOrganisatie: String
    @Option(help: "The start date, yyyy-MM-dd (default: today).")
    var startdatum: String?
    @Option(help: "A longer explanation.")
    var toelichting: String?
    @Option(help: "The reason for the change, kept in the audit trail (X-Audit-Toelichting).")
    var auditToelichting: String?
    @Option(help: "A key that makes it safe to retry the create.")
    var idempotencyKey: String?

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        var input = ZaakInput(
            zaaktype: try ZGWResourceURL<ZaakType>(zaaktype), bronorganisatie: try RSIN(bronorganisatie),
            verantwoordelijkeOrganisatie: try RSIN(verantwoordelijkeOrganisatie),
            startdatum: try startdatum.map { try ZGWArguments.date($0, option: "--startdatum") } ?? ZGWArguments.today(),
            omschrijving: omschrijving)
        input.toelichting = toelichting
        let options = ZGWCallOptions(auditExplanation: auditToelichting, idempotencyKey: idempotencyKey)
        let connection = try await ServiceConnection.make(.zaken, options: global)
        let zaken = ZakenClient(pipeline: connection.pipeline, baseURL: connection.baseURL, resourceRoots: connection.resourceRoots)
        let zaak = try await global.withAccess { try await zaken.createZaak(input, options: options) }
        try OutputPrinter.print(zaak, format: global.output) { ZGWTextOutput.zaak(zaak) }
    }
}

extension ZakenCreateCommand: GlobalOptionsProviding { var globalOptions: GlobalOptions { global } }
