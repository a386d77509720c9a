import ArgumentParser

/// `openservices documenten`: the ZGW Documenten API.
struct DocumentenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "documenten",
        abstract: "Upload and download documents (ZGW Documenten API 1.4.2); content is streamed, never held in memory.",
        discussion: "Configure with OPENSERVICES_DOCUMENTEN_* or try it offline with --sandbox.",
        subcommands: [DocumentenUploadCommand.self, DocumentenDownloadCommand.self]
    )
}
