import Foundation
import HTTPTypes
import Hummingbird
import Logging
import OpenServicesZGW

/// A Hummingbird server on 127.0.0.1 (free port) that mounts a ``ZGWNotificationReceiver`` the way the
/// DocC article shows: a `POST` route that hands the request head and body to the receiver.
final class WebhookTestServer: Sendable {
    static let path = "/zgw/notificaties"
    let port: Int
    private let task: Task<Void, any Error>

    private init(port: Int, task: Task<Void, any Error>) {
        self.port = port
        self.task = task
    }

    /// The callback URL of the mounted receiver.
    var callbackURL: URL { URL(string: "http://127.0.0.1:\(port)\(Self.path)")! }

    static func start(_ receiver: ZGWNotificationReceiver) async throws -> WebhookTestServer {
        let router = Router()
        router.post(RouterPath(path)) { request, _ -> Response in
            let body = try await request.body.collect(upTo: ZGWNotificationReceiver.maximumBodySize)
            let answer = await receiver.handle(request.head, body: Data(body.readableBytesView))
            return Response(status: answer.status, headers: answer.head.headerFields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: answer.body)))
        }
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        var logger = Logger(label: "openservices.tests.webhook")
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
        for await port in ports { return WebhookTestServer(port: port, task: task) }
        try await task.value
        throw CancellationError()
    }

    func stop() { task.cancel() }
}
