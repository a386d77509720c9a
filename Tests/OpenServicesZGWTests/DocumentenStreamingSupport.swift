import Foundation
import HTTPTypes
import Hummingbird
import Logging
import OpenServicesCore
import Synchronization

/// A connector that reads a streamed request body piece by piece without keeping it: it counts the bytes,
/// notes the largest piece, and decodes the `inhoud` base64 as it passes to count the content's bytes.
final class PieceCountingConnector: Connector {
    struct Result: Sendable {
        var total = 0
        var announced: Int?
        var largestPiece = 0
        var decoded = 0
    }

    private let response: String
    private let state = Mutex(Result())

    init(response: String) { self.response = response }

    var result: Result { state.withLock { $0 } }

    func send(_ request: ServiceRequest, context: OperationContext) async throws -> ServiceResponse {
        var result = Result(announced: request.body?.length)
        var inContent = false
        var pending = Data()
        let marker = Data(#""inhoud":""#.utf8)
        for try await piece in request.body?.chunks ?? AsyncThrowingStream(unfolding: { nil }) {
            result.total += piece.count
            result.largestPiece = max(result.largestPiece, piece.count)
            if !inContent {
                if piece.range(of: marker) != nil { inContent = true }
                continue
            }
            var text = pending + piece
            if text.last == UInt8(ascii: "}") { text.removeLast(2) }
            let usable = text.count - text.count % 4
            result.decoded += Data(base64Encoded: text.prefix(usable))?.count ?? -1_000_000_000
            pending = Data(text.dropFirst(usable))
        }
        state.withLock { $0 = result }
        return ServiceResponse(status: .created, headerFields: [.contentType: "application/json"], body: Data(response.utf8))
    }
}

/// A loopback Hummingbird server that stands in for a Documenten API when only the streaming matters:
/// it reads an upload's body as it arrives, decoding the `inhoud` base64 piece by piece and keeping only
/// counts, and serves a download generated on the fly. Neither side ever holds a document.
final class StreamingDocumentServer: Sendable {
    let port: Int
    let received = Mutex(0)
    private let task: Task<Void, any Error>

    private init(port: Int, task: Task<Void, any Error>) {
        self.port = port
        self.task = task
    }

    var rootURL: URL { URL(string: "http://127.0.0.1:\(port)/documenten/api/v1")! }

    static func start(downloadSize: Int) async throws -> StreamingDocumentServer {
        let box = Mutex<StreamingDocumentServer?>(nil)
        let router = Router()
        router.post("/documenten/api/v1/enkelvoudiginformatieobjecten") { request, _ -> Response in
            var counter = Base64Counter()
            for try await buffer in request.body { counter.feed(Data(buffer.readableBytesView)) }
            box.withLock { server in server?.received.withLock { $0 = counter.decoded } }
            let url = "http://\(request.head.authority ?? "127.0.0.1")/documenten/api/v1/enkelvoudiginformatieobjecten/\(DocumentenTestSupport.documentUUID)"
            let json = DocumentenTestSupport.documentJSON(url: url)
            return Response(status: .created, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: ByteBuffer(string: json)))
        }
        router.get("/documenten/api/v1/enkelvoudiginformatieobjecten/{uuid}/download") { request, _ -> Response in
            // `versie=0` asks for a 4-byte warm-up download.
            let size = request.uri.queryParameters["versie"] == "0" ? 4 : downloadSize
            return Response(status: .ok, headers: [.contentType: "application/octet-stream"], body: ResponseBody(contentLength: size) { writer in
                var sent = 0
                while sent < size {
                    let count = min(64 << 10, size - sent)
                    try await writer.write(ByteBuffer(repeating: UInt8(truncatingIfNeeded: sent >> 16), count: count))
                    sent += count
                }
                try await writer.finish(nil)
            })
        }
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        var logger = Logger(label: "openservices.tests.documenten")
        logger.logLevel = .critical
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
        for await port in ports {
            let server = StreamingDocumentServer(port: port, task: task)
            box.withLock { $0 = server }
            return server
        }
        try await task.value
        throw CancellationError()
    }

    func stop() { task.cancel() }
}

/// Counts the bytes of the `inhoud` base64 in a JSON body fed piece by piece, cut anywhere.
struct Base64Counter {
    private static let marker = Data(#""inhoud":""#.utf8)
    private var head = Data()
    private var inContent = false
    private var pending = Data()
    private(set) var decoded = 0

    mutating func feed(_ piece: Data) {
        var piece = piece
        if !inContent {
            head.append(piece)
            guard let range = head.range(of: Self.marker) else { return }
            inContent = true
            piece = Data(head[range.upperBound...])
            head = Data()
        }
        var text = pending + piece
        if let quote = text.firstIndex(of: UInt8(ascii: "\"")) { text = Data(text[..<quote]) }
        let usable = text.count - text.count % 4
        decoded += Data(base64Encoded: text.prefix(usable))?.count ?? 0
        pending = Data(text.dropFirst(usable))
    }
}

/// The process's resident memory, sampled while a body of work runs.
enum ResidentMemory {
    /// `VmRSS` of this process in bytes (Linux), or 0 where it cannot be read.
    static func current() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") })
        else { return 0 }
        return (Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0) * 1024
    }

    /// The highest resident memory seen while `work` ran, sampled every 5 ms, and the baseline before it.
    static func peak(during work: () async throws -> Void) async throws -> (baseline: Int, peak: Int) {
        let baseline = current()
        let highest = Mutex(baseline)
        let sampler = Task {
            while !Task.isCancelled {
                let now = current()
                highest.withLock { $0 = max($0, now) }
                try? await Task.sleep(for: .milliseconds(5))
            }
        }
        defer { sampler.cancel() }
        try await work()
        let now = current()
        return (baseline, highest.withLock { max($0, now) })
    }
}
