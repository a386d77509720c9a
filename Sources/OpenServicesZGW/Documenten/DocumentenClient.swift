public import Foundation
public import OpenServicesCore

/// The client of the Documenten API 1.4.2 (DRC): documents (`enkelvoudiginformatieobjecten`) with
/// their content, locks, links to zaken and besluiten (`objectinformatieobjecten`) and usage rights
/// (`gebruiksrechten`).
///
/// Content is streamed both ways: ``createDocument(_:content:options:)`` sends it base64-encoded piece by
/// piece, ``download(_:maximumSize:)`` hands it over chunk by chunk, so a large document never sits in
/// memory as a whole.
///
/// ```swift
/// let pipeline = Pipeline(connector: HTTPConnector(), credentials: CredentialStage(
///     try ZGWJWTProvider(clientID: "mijn-app", secret: Secret(geheim))))
/// let documenten = DocumentenClient(pipeline: pipeline, baseURL: URL(string: "https://openzaak.example.nl/documenten/api/v1")!)
/// let document = try await documenten.createDocument(nieuw, content: try .file(URL(filePath: "/tmp/aanvraag.pdf")))
/// try await documenten.download(document, to: URL(filePath: "/tmp/kopie.pdf"))
/// ```
public struct DocumentenClient: Sendable {
    /// The connection: pipeline, API root and the roots the provider's URLs may use.
    public let connection: ZGWConnection

    /// The default size limit of a download: 1 GiB.
    public static let defaultMaximumDownloadSize = 1 << 30

    /// Creates a client.
    ///
    /// - Parameters:
    ///   - pipeline: The pipeline, with a ``OpenServicesCore/ZGWJWTProvider`` credential.
    ///   - baseURL: The API root, e.g. `https://openzaak.example.nl/documenten/api/v1`.
    ///   - resourceRoots: Other roots the provider's resource URLs may start with (an FSC outway, a proxy).
    public init(pipeline: Pipeline, baseURL: URL, resourceRoots: [URL] = []) {
        connection = ZGWConnection(api: .documenten, pipeline: pipeline, baseURL: baseURL, resourceRoots: resourceRoots)
    }

    /// Creates a client on an existing connection to the Documenten API.
    public init(connection: ZGWConnection) {
        self.connection = connection
    }

    /// The URL of the document with `uuid`.
    ///
    /// ```swift
    /// let url = documenten.documentURL(uuid)
    /// ```
    public func documentURL(_ uuid: UUID) -> ZGWResourceURL<EnkelvoudigInformatieObject> {
        ZGWResourceURL(connection.url(Self.path("/enkelvoudiginformatieobjecten", uuid)))
    }

    static func path(_ collection: String, _ uuid: UUID) -> String {
        "\(collection)/\(uuid.uuidString.lowercased())"
    }
}
