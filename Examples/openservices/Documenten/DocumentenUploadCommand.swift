import ArgumentParser
import Foundation
import OpenServicesCore
import OpenServicesZGW

/// `openservices documenten upload FILE`: creates an enkelvoudiginformatieobject with the file as content.
struct DocumentenUploadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "upload",
        abstract: "Upload a file as a new document (POST /enkelvoudiginformatieobjecten), streamed.",
        discussion: """
            The file is read and base64-encoded piece by piece while it is sent, so its size does not \
            matter for memory. A streamed upload is not retried once sent.

            Example:
              openservices documenten upload aanvraag.pdf --sandbox \\
                --informatieobjecttype http://sandbox.openservices.invalid/catalogi/api/v1/informatieobjecttypen/10170000-0000-4000-8000-000000000003 \\
                --bronorganisatie 002564440
            """
    )

    @Argument(help: "The file to upload.", completion: .file())
    var file: String
    @Option(help: "The informatieobjecttype's URL.")
    var informatieobjecttype: String
    @Option(help: "The RSIN of the organisation that made or received the document.")
    var bronorganisatie: String
    @Option(help: "The title (default: the file name).")
    var titel: String?
    @Option(help: "The author.")
    var auteur = "openservices"
    @Option(help: "The language, ISO 639-2/B (default: dut, Dutch).")
    var taal = "dut"
    @Option(help: "The MIME type of the content, e.g. application/pdf.")
    var formaat: String?
    @Option(help: "The reason for the change, kept in the audit trail (X-Audit-Toelichting).")
    var auditToelichting: String?

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let url = URL(filePath: file)
        let content = try DocumentContent.file(url)
        let rsin = try RSIN(bronorganisatie)
        var request = EnkelvoudigInformatieObjectRequest(
            bronorganisatie: rsin.value, creatiedatum: ZGWArguments.today(), titel: titel ?? url.lastPathComponent,
            auteur: auteur, informatieobjecttype: try ZGWResourceURL<InformatieObjectType>(informatieobjecttype))
        request.taal = taal
        request.bestandsnaam = url.lastPathComponent
        request.formaat = formaat
        let connection = try await ServiceConnection.make(.documenten, options: global)
        let documenten = DocumentenClient(pipeline: connection.pipeline, baseURL: connection.baseURL, resourceRoots: connection.resourceRoots)
        let document = try await global.withAccess {
            try await documenten.createDocument(request, content: content, options: ZGWCallOptions(auditExplanation: auditToelichting))
        }
        try OutputPrinter.print(document, format: global.output) { ZGWTextOutput.document(document) }
    }
}

extension DocumentenUploadCommand: GlobalOptionsProviding { var globalOptions: GlobalOptions { global } }
