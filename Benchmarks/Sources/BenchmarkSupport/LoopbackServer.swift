import Foundation
import Hummingbird
import NIOCore
import NIOPosix

/// A Hummingbird server on loopback that answers `GET /adressen` with a small BAG-shaped JSON document.
public final class LoopbackServer: Sendable {
    /// The JSON document every request receives (about 600 bytes).
    public static let document = #"""
    {"_embedded":{"adressen":[{"openbareRuimteNaam":"Laan van de Sandbox","korteNaam":"Sandboxlaan","huisnummer":15,
    "postcode":"2631CR","woonplaatsNaam":"Nootdorp","nummeraanduidingIdentificatie":"1926200000000015",
    "openbareRuimteIdentificatie":"1926300000000001","woonplaatsIdentificatie":"1926",
    "adresseerbaarObjectIdentificatie":"1926010000000015","pandIdentificaties":["1926100000000015"],
    "adresregel5":"Laan van de Sandbox 15","adresregel6":"2631 CR  NOOTDORP",
    "_links":{"self":{"href":"http://127.0.0.1/adressen/1926200000000015"}}}]},
    "_links":{"self":{"href":"http://127.0.0.1/adressen?postcode=2631CR&huisnummer=15"}}}
    """#

    /// The base URL, e.g. `http://127.0.0.1:53124`.
    public let baseURL: String
    private let task: Task<Void, any Error>

    private init(baseURL: String, task: Task<Void, any Error>) {
        self.baseURL = baseURL
        self.task = task
    }

    /// The server's own event loops, apart from the clients' (`HTTPClient.defaultEventLoopGroup`), as a
    /// service on another machine would be.
    static let serverLoops = MultiThreadedEventLoopGroup(numberOfThreads: 2)

    /// Starts the server on a free port and returns once it accepts connections.
    public static func start() async throws -> LoopbackServer {
        let router = Router()
        let body = ByteBuffer(string: document)
        router.get("adressen") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/hal+json"], body: .init(byteBuffer: body))
        }
        let (portStream, portContinuation) = AsyncStream<Int>.makeStream()
        let app = Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                portContinuation.yield(channel.localAddress?.port ?? 0)
                portContinuation.finish()
            },
            eventLoopGroupProvider: .shared(serverLoops))
        let task = Task { try await app.runService() }
        var iterator = portStream.makeAsyncIterator()
        guard let port = await iterator.next(), port > 0 else {
            task.cancel()
            throw CancellationError()
        }
        return LoopbackServer(baseURL: "http://127.0.0.1:\(port)", task: task)
    }

    /// Stops the server.
    public func stop() { task.cancel() }
}
