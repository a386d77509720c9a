import ArgumentParser
import Foundation
import OpenServicesZGW

/// `openservices documenten download UUID --to FILE`: writes a document's content to a file, streamed.
struct DocumentenDownloadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "download",
        abstract: "Download a document's content (GET /enkelvoudiginformatieobjecten/{uuid}/download) into a file, streamed.",
        discussion: """
            Example:
              openservices documenten download d0c00000-0000-4000-8000-000000000001 --to /tmp/foto.jpg --sandbox
            """
    )

    @Argument(help: "The document's uuid.")
    var uuid: String
    @Option(help: "The file to write; an existing file is replaced.", completion: .file())
    var to: String
    @Option(help: "The version to download (default: the latest).")
    var versie: Int?

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let id = try ZGWArguments.uuid(uuid, of: "document")
        let connection = try await ServiceConnection.make(.documenten, options: global)
        let documenten = DocumentenClient(pipeline: connection.pipeline, baseURL: connection.baseURL, resourceRoots: connection.resourceRoots)
        let target = URL(filePath: to)
        let bytes = try await global.withAccess {
            try await documenten.download(id, versie: versie).write(to: target)
        }
        let summary = DownloadSummary(document: id.uuidString.lowercased(), file: target.path, bytes: bytes)
        try OutputPrinter.print(summary, format: global.output) { "Wrote \(bytes) bytes to \(target.path)." }
    }

    /// What `--output json` prints.
    struct DownloadSummary: Encodable {
        let document: String
        let file: String
        let bytes: Int
    }
}

extension DocumentenDownloadCommand: GlobalOptionsProviding { var globalOptions: GlobalOptions { global } }
