import Foundation
import HTTPTypes
import OpenServicesCore
import OpenServicesHTTP
import OpenServicesSandbox
import OpenServicesTesting
import OpenServicesZGW
import Synchronization
import Testing

/// Shared set-up of the Documenten, Besluiten and Autorisaties tests: clients on a scripted connector,
/// spec-shaped sample answers, and a connector that answers with a streamed body.
enum DocumentenTestSupport {
    static let host = "https://openzaak.example.nl"
    static let documentUUID = "3f2a9c1e-7b4d-4e8a-9c2f-1a2b3c4d5e6f"
    static let documentURL = "\(host)/documenten/api/v1/enkelvoudiginformatieobjecten/\(documentUUID)"
    static let informatieobjecttypeURL = "\(host)/catalogi/api/v1/informatieobjecttypen/0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d"
    static let besluittypeURL = "\(host)/catalogi/api/v1/besluittypen/5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9"
    static let zaakURL = "\(host)/zaken/api/v1/zaken/7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d"
    static let besluitURL = "\(host)/besluiten/api/v1/besluiten/9c0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f"

    static func pipeline(_ connector: any Connector, retry: RetryPolicy = .none) throws -> Pipeline {
        let jwt = try ZGWJWTProvider(clientID: "zaaksysteem", secret: Secret("test-geheim"))
        return Pipeline(connector: connector, credentials: CredentialStage(jwt), retry: retry, clock: TestClock())
    }

    static func documenten(_ connector: any Connector, retry: RetryPolicy = .none) throws -> DocumentenClient {
        DocumentenClient(pipeline: try pipeline(connector, retry: retry), baseURL: URL(string: "\(host)/documenten/api/v1")!)
    }

    static func besluiten(_ connector: any Connector) throws -> BesluitenClient {
        BesluitenClient(pipeline: try pipeline(connector), baseURL: URL(string: "\(host)/besluiten/api/v1")!)
    }

    static func autorisaties(_ connector: any Connector) throws -> AutorisatiesClient {
        AutorisatiesClient(pipeline: try pipeline(connector), baseURL: URL(string: "\(host)/autorisaties/api/v1")!)
    }

    /// A document as Open Zaak answers it: blank choices as `""`, unset dates as `null`.
    static func documentJSON(url: String = documentURL, inhoud: String? = nil, locked: Bool = false) -> String {
        let content = inhoud.map { "\"\($0)\"" } ?? "\"\(url)/download?versie=1\""
        return #"""
            {"url":"\#(url)","identificatie":"DOCUMENT-2026-0000000001","bronorganisatie":"002220647",
             "creatiedatum":"2026-03-02","titel":"Aanvraag omgevingsvergunning","vertrouwelijkheidaanduiding":"zaakvertrouwelijk",
             "auteur":"Gemeente Sandbox","status":"","formaat":"application/pdf","taal":"dut","versie":1,
             "beginRegistratie":"2026-03-02T10:15:30.123456Z","bestandsnaam":"aanvraag.pdf","inhoud":\#(content),
             "bestandsomvang":5,"link":"","beschrijving":"","ontvangstdatum":null,"verzenddatum":null,
             "indicatieGebruiksrecht":null,"verschijningsvorm":"","ondertekening":{"soort":"","datum":null},
             "integriteit":{"algoritme":"","waarde":"","datum":null},"informatieobjecttype":"\#(informatieobjecttypeURL)",
             "locked":\#(locked),"bestandsdelen":[],"trefwoorden":["aanvraag"]}
            """#
    }

    static func page(_ items: [String], count: Int? = nil, next: String? = nil) -> String {
        #"{"count":\#(count ?? items.count),"next":\#(next.map { "\"\($0)\"" } ?? "null"),"previous":null,"results":[\#(items.joined(separator: ","))]}"#
    }

    static func json(_ body: Data?) -> [String: Any] {
        body.flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] } ?? [:]
    }

    static func header(_ request: RecordedRequest, _ name: String) -> String? {
        request.head.headerFields[HTTPField.Name(name)!]
    }

    /// Deterministic bytes of every value, `count` long.
    static func bytes(_ count: Int, seed: UInt8 = 7) -> Data {
        Data((0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ Int(seed)) })
    }

    /// `data` cut into chunks of `size` bytes, as an asynchronous sequence.
    static func chunks(_ data: Data, size: Int) -> AsyncStream<Data> {
        AsyncStream { continuation in
            var offset = 0
            while offset < data.count {
                let end = min(offset + size, data.count)
                continuation.yield(data.subdata(in: offset..<end))
                offset = end
            }
            continuation.finish()
        }
    }

    /// A ValidatieFout as the ZGW APIs send it.
    static let validatieFout = #"""
        {"type":"https://openzaak.example.nl/ref/fouten/ValidationError/","code":"invalid","title":"Invalid input.",
         "status":400,"detail":"","instance":"urn:uuid:1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
         "invalidParams":[{"name":"taal","code":"min_length","reason":"Zorg ervoor dat dit veld minimaal 3 karakters bevat."},
                          {"name":"informatieobjecttype","code":"bad-url","reason":"De URL is ongeldig."}]}
        """#
}

/// A connector that records each request as the pipeline hands it over (streaming flags and size limit
/// included) and answers with a body streamed in chunks.
final class StreamingConnector: Connector {
    struct Seen: Sendable {
        var request: ServiceRequest
        var body: Data?
    }

    private let chunks: [Data]
    private let headers: HTTPFields
    private let announcedLength: Int?
    private let seen = Mutex<[Seen]>([])

    init(chunks: [Data], contentType: String = "application/octet-stream", announcedLength: Int? = nil) {
        self.chunks = chunks
        self.headers = [.contentType: contentType]
        self.announcedLength = announcedLength ?? chunks.reduce(0) { $0 + $1.count }
    }

    var requests: [Seen] { seen.withLock { $0 } }

    func send(_ request: ServiceRequest, context: OperationContext) async throws -> ServiceResponse {
        let body = try await request.body?.collect(upTo: .max)
        seen.withLock { $0.append(Seen(request: request, body: body)) }
        let chunks = self.chunks
        let stream = AsyncThrowingStream<Data, any Error> { continuation in
            for chunk in chunks { continuation.yield(chunk) }
            continuation.finish()
        }
        return ServiceResponse(head: HTTPResponse(status: .ok, headerFields: headers), body: ServiceBody(stream: stream, length: announcedLength))
    }
}

/// The three clients on the sandbox served over real HTTP (Hummingbird on a free loopback port), called
/// with the AsyncHTTPClient connector and a ZGW JWT for the sandbox's client id.
struct DocumentenSandboxClients {
    let documenten: DocumentenClient
    let besluiten: BesluitenClient
    let autorisaties: AutorisatiesClient
    /// The API roots by service name, e.g. `documenten` → `http://127.0.0.1:PORT/documenten/api/v1`.
    let roots: [String: URL]

    /// The URL of a sandbox resource on this server.
    func url(_ resource: ZGWSandbox.Resource) -> URL {
        resource.url(apiRoot: roots[resource.api.rawValue]!)
    }

    /// Runs `body` with clients on a fresh sandbox served over HTTP (see ``ZGWSandboxHTTP``).
    static func withServer(_ body: (DocumentenSandboxClients) async throws -> Void) async throws {
        try await ZGWSandboxHTTP.run { sandbox in
            try await body(DocumentenSandboxClients(
                documenten: DocumentenClient(pipeline: sandbox.pipeline, baseURL: sandbox.root(.documenten)),
                besluiten: BesluitenClient(pipeline: sandbox.pipeline, baseURL: sandbox.root(.besluiten)),
                autorisaties: AutorisatiesClient(pipeline: sandbox.pipeline, baseURL: sandbox.root(.autorisaties)),
                roots: sandbox.roots))
        }
    }
}
