import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import OpenServicesCore
import ServiceLifecycle

/// The sandbox as a real HTTP server on loopback (Hummingbird), so that other tools — and the CLI
/// with `OPENSERVICES_<SERVICE>_URL` — can call it like the real services.
///
/// ```swift
/// let server = try await SandboxServer.start(port: 8080)
/// for (name, url) in server.baseURLs { print(name, url) }
/// ```
public final class SandboxServer: Sendable {
    /// The port the server listens on.
    public let port: Int
    /// Each service's name and API root on this server, e.g. `("brp", "http://127.0.0.1:8080/haalcentraal/api/brp")`.
    public let baseURLs: [(name: String, url: String)]
    private let task: Task<Void, any Error>
    private let group: ServiceGroup

    private init(port: Int, baseURLs: [(name: String, url: String)], task: Task<Void, any Error>, group: ServiceGroup) {
        self.port = port
        self.baseURLs = baseURLs
        self.task = task
        self.group = group
    }

    /// Starts the server on `127.0.0.1:port` (0 picks a free port) and returns once it accepts connections.
    ///
    /// - Throws: ``OpenServicesError`` (configuration) when the port cannot be bound.
    public static func start(sandbox: Sandbox = Sandbox(), host: String = "127.0.0.1", port: Int = 0) async throws -> SandboxServer {
        let (bound, continuation) = AsyncStream<Int>.makeStream()
        let logger = Logger(label: "openservices.sandbox")
        let app = Application(
            responder: SandboxResponder(sandbox: sandbox),
            configuration: .init(address: .hostname(host, port: port), serverName: "openservices-sandbox"),
            onServerRunning: { channel in
                continuation.yield(channel.localAddress?.port ?? port)
                continuation.finish()
            },
            logger: logger)
        // A service group, so that stop() can shut the server down gracefully rather than by cancellation.
        let group = ServiceGroup(configuration: .init(services: [.init(service: app)], logger: logger))
        let task = Task {
            defer { continuation.finish() }
            try await group.run()
        }
        var iterator = bound.makeAsyncIterator()
        guard let actual = await iterator.next() else {
            let failure = await task.result
            throw OpenServicesError(
                .invalidConfiguration, "The sandbox server could not listen on \(host):\(port) (\(failure)).",
                remediation: "Pick another port with --port, or 0 for any free port.")
        }
        let urls = sandbox.services.sorted { $0.name < $1.name }.map { ($0.name, "http://\(host):\(actual)\($0.basePath)") }
        return SandboxServer(port: actual, baseURLs: urls, task: task, group: group)
    }

    /// Runs until the server stops (cancellation of the calling task stops it).
    public func wait() async throws {
        try await withTaskCancellationHandler {
            try await task.value
        } onCancel: {
            stop()
        }
    }

    /// Stops the server gracefully: it stops accepting connections, finishes the requests in flight and
    /// closes idle connections. Returns at once; ``wait()`` returns when the server has stopped.
    public func stop() {
        Task { [group] in await group.triggerGracefulShutdown() }
    }
}

/// Hands every HTTP request to the sandbox's router.
struct SandboxResponder: HTTPResponder {
    typealias Context = BasicRequestContext
    let sandbox: Sandbox

    func respond(to request: Request, context: BasicRequestContext) async throws -> Response {
        let buffer = try await request.body.collect(upTo: Sandbox.maximumBodySize)
        let origin = "http://\(request.head.authority ?? "127.0.0.1")"
        let answer = await sandbox.route(
            method: request.method, target: request.uri.description, headers: request.headers,
            body: Data(buffer.readableBytesView), origin: origin)
        let data = (try? await answer.body.collect(upTo: Sandbox.maximumBodySize)) ?? Data()
        return Response(status: answer.status, headers: answer.head.headerFields, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
