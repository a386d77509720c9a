import Foundation
import Hummingbird
import Logging
import NIOCore
import Synchronization

/// A Hummingbird server on loopback that stands in for a Documenten API when only the streaming matters.
/// An upload's body is read as it arrives, its `inhoud` base64 decoded piece by piece keeping only counts
/// (``Base64Counter``); a document's download is generated on the fly, as many bytes as were uploaded.
/// Neither side ever holds a document.
public final class StreamingDocumentServer: Sendable {
    /// What the server saw of an upload.
    public struct Upload: Sendable {
        /// The bytes of the JSON body.
        public var bodyBytes = 0
        /// The content decoded from `inhoud`, its sum, and whether it was valid, complete base64.
        public var content = Base64Counter()
    }

    /// The Documenten API root, e.g. `http://127.0.0.1:53124/documenten/api/v1`.
    public let rootURL: URL
    private let uploads: Uploads
    private let task: Task<Void, any Error>

    private init(rootURL: URL, uploads: Uploads, task: Task<Void, any Error>) {
        self.rootURL = rootURL
        self.uploads = uploads
        self.task = task
    }

    /// The upload of the document with `uuid`.
    public func upload(_ uuid: UUID) -> Upload? { uploads.received.withLock { $0[uuid] } }

    /// Starts the server on a free port and returns once it accepts connections.
    public static func start() async throws -> StreamingDocumentServer {
        let uploads = Uploads()
        let path = "/documenten/api/v1/enkelvoudiginformatieobjecten"
        let router = Router()
        router.post(RouterPath(path)) { request, _ -> Response in
            var upload = Upload()
            for try await buffer in request.body {
                upload.bodyBytes += buffer.readableBytes
                buffer.withUnsafeReadableBytes { upload.content.feed($0) }
            }
            let uuid = UUID()
            uploads.received.withLock { $0[uuid] = upload }
            let url = "http://\(request.head.authority ?? "127.0.0.1")\(path)/\(uuid.uuidString.lowercased())"
            let json = documentJSON(url: url, size: upload.content.decoded)
            return Response(status: .created, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: ByteBuffer(string: json)))
        }
        router.get(RouterPath(path + "/{uuid}/download")) { _, context -> Response in
            guard let uuid = context.parameters.get("uuid").flatMap(UUID.init(uuidString:)),
                let size = uploads.received.withLock({ $0[uuid]?.content.decoded })
            else { return Response(status: .notFound) }
            return Response(status: .ok, headers: [.contentType: "application/octet-stream"], body: ResponseBody(contentLength: size) { writer in
                let piece = ByteBuffer(repeating: 0x5A, count: 64 << 10)
                var sent = 0
                while sent < size {
                    let count = min(piece.readableBytes, size - sent)
                    try await writer.write(count == piece.readableBytes ? piece : piece.getSlice(at: 0, length: count)!)
                    sent += count
                }
                try await writer.finish(nil)
            })
        }
        var logger = Logger(label: "openservices.benchmarks.documenten")
        logger.logLevel = .critical
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let app = Application(
            router: router, configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                continuation.yield(channel.localAddress?.port ?? 0)
                continuation.finish()
            },
            logger: logger)
        let task = Task {
            defer { continuation.finish() }
            try await app.runService(gracefulShutdownSignals: [])
        }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next(), port > 0 else {
            task.cancel()
            try await task.value
            throw CancellationError()
        }
        return StreamingDocumentServer(rootURL: URL(string: "http://127.0.0.1:\(port)/documenten/api/v1")!, uploads: uploads, task: task)
    }

    /// Stops the server.
    public func stop() { task.cancel() }

    /// A document as Open Zaak answers a create: blank choices as `""`, unset dates as `null`, `inhoud`
    /// pointing at the download.
    static func documentJSON(url: String, size: Int) -> String {
        #"""
        {"url":"\#(url)","identificatie":"DOCUMENT-2026-0000000001","bronorganisatie":"002220647",
         "creatiedatum":"2026-03-02","titel":"Benchmark","vertrouwelijkheidaanduiding":"zaakvertrouwelijk",
         "auteur":"Gemeente Sandbox","status":"","formaat":"application/octet-stream","taal":"dut","versie":1,
         "beginRegistratie":"2026-03-02T10:15:30.123456Z","bestandsnaam":"benchmark.bin","inhoud":"\#(url)/download?versie=1",
         "bestandsomvang":\#(size),"link":"","beschrijving":"","ontvangstdatum":null,"verzenddatum":null,
         "indicatieGebruiksrecht":null,"verschijningsvorm":"","ondertekening":{"soort":"","datum":null},
         "integriteit":{"algoritme":"","waarde":"","datum":null},
         "informatieobjecttype":"http://127.0.0.1/catalogi/api/v1/informatieobjecttypen/0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d",
         "locked":false,"bestandsdelen":[],"trefwoorden":[]}
        """#
    }

    /// The uploads received, by the document's UUID.
    private final class Uploads: Sendable {
        let received = Mutex<[UUID: Upload]>([:])
    }
}
