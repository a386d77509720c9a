import AsyncHTTPClient
import NIOCore
import NIOHTTP1

/// Collects a whole response on its event loop, for ``HTTPConnector``'s buffered calls.
///
/// It refuses a declared `Content-Length` above the limit as soon as the head arrives, and a body that
/// grows past the limit as soon as it does, with the connector's `transport.responseTooLarge` error.
final class BufferedResponseCollector: HTTPClientResponseDelegate, @unchecked Sendable {
    // Unchecked: AsyncHTTPClient calls a delegate on one event loop, one callback at a time; `receivedHead`
    // is read by the caller only after the task's future has completed, which orders it after every callback.

    typealias Response = (head: HTTPResponseHead, body: ByteBuffer)

    private let limit: Int
    private let method: HTTPMethod
    private let tooLarge: @Sendable () -> any Error
    private var head: HTTPResponseHead?
    private var body = ByteBuffer()

    /// - Parameters:
    ///   - limit: The largest body accepted, in bytes.
    ///   - method: The request's method (a `HEAD` response has no body whatever its `Content-Length`).
    ///   - tooLarge: The error for a body above `limit`.
    init(limit: Int, method: HTTPMethod, tooLarge: @escaping @Sendable () -> any Error) {
        self.limit = limit
        self.method = method
        self.tooLarge = tooLarge
    }

    /// Whether the response head had arrived (a failure after it may have reached the service).
    var receivedHead: Bool { head != nil }

    func didReceiveHead(task: HTTPClient.Task<Response>, _ head: HTTPResponseHead) -> EventLoopFuture<Void> {
        self.head = head
        if let length = HTTPConnector.expectedLength(status: head.status, headers: head.headers, method: method), length > limit {
            return task.eventLoop.makeFailedFuture(tooLarge())
        }
        return task.eventLoop.makeSucceededVoidFuture()
    }

    func didReceiveBodyPart(task: HTTPClient.Task<Response>, _ part: ByteBuffer) -> EventLoopFuture<Void> {
        guard part.readableBytes <= limit - body.readableBytes else {
            return task.eventLoop.makeFailedFuture(tooLarge())
        }
        if body.readableBytes == 0 {
            body = part
        } else {
            var part = part
            body.writeBuffer(&part)
        }
        return task.eventLoop.makeSucceededVoidFuture()
    }

    func didFinishRequest(task: HTTPClient.Task<Response>) throws -> Response {
        guard let head else { throw HTTPClientError.remoteConnectionClosed }
        return (head, body)
    }
}
