import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import Synchronization

/// An OAuth2 token endpoint and a protected resource on loopback, for the credential tests.
///
/// - `POST /token` — client credentials grant; answers `tok-N` (N counts the grants) with the
///   configured `expires_in`, or 503 / 401 `invalid_client` when told to fail; it waits
///   `delay` before answering so that concurrent callers overlap.
/// - `GET /resource` — 200 when the bearer token is the newest one granted, 401 otherwise.
final class TokenServer: Sendable {
    enum Mode: Sendable { case grant, unavailable, rejectClient }

    private struct State {
        var grants = 0
        var mode = Mode.grant
        var expiresIn = 3600
        var delay = Duration.zero
        var forms: [String] = []
        var revoked: Set<String> = []
    }

    private let state = Mutex(State())
    let port: Int
    private let task: Task<Void, any Error>

    private init(port: Int, task: Task<Void, any Error>) {
        self.port = port
        self.task = task
    }

    var tokenURL: URL { URL(string: "http://127.0.0.1:\(port)/token")! }
    var resourceURL: URL { URL(string: "http://127.0.0.1:\(port)/resource")! }
    var grants: Int { state.withLock { $0.grants } }
    var forms: [String] { state.withLock { $0.forms } }

    func set(mode: Mode) { state.withLock { $0.mode = mode } }
    func set(expiresIn: Int) { state.withLock { $0.expiresIn = expiresIn } }
    func set(delay: Duration) { state.withLock { $0.delay = delay } }
    /// Makes the resource reject this token although it has not expired (as after a key rotation).
    func revoke(_ token: String) { state.withLock { _ = $0.revoked.insert(token) } }

    static func start() async throws -> TokenServer {
        let holder = Holder()
        let router = Router()
        router.post("token") { request, _ in
            let body = try await request.body.collect(upTo: 1 << 16)
            return try await holder.server().grant(form: String(buffer: body))
        }
        router.get("resource") { request, _ in
            holder.server().resource(authorization: request.headers[.authorization])
        }
        var logger = Logger(label: "openservices.tests.token-server")
        logger.logLevel = .critical
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let app = Application(
            router: router, configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                continuation.yield(channel.localAddress?.port ?? 0)
                continuation.finish()
            }, logger: logger)
        let task = Task { try await app.run() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw CancellationError() }
        let server = TokenServer(port: port, task: task)
        holder.set(server)
        return server
    }

    func stop() { task.cancel() }

    private func grant(form: String) async throws -> Response {
        let (mode, delay) = state.withLock { state in
            state.forms.append(form)
            return (state.mode, state.delay)
        }
        if delay > .zero { try await Task.sleep(for: delay) }
        switch mode {
        case .unavailable:
            return Response(status: .serviceUnavailable)
        case .rejectClient:
            return json(#"{"error":"invalid_client","error_description":"Client authentication failed"}"#, status: .unauthorized)
        case .grant:
            let (number, expiresIn) = state.withLock { state in
                state.grants += 1
                return (state.grants, state.expiresIn)
            }
            return json(#"{"access_token":"tok-\#(number)","token_type":"Bearer","expires_in":\#(expiresIn)}"#, status: .ok)
        }
    }

    private func resource(authorization: String?) -> Response {
        let (newest, revoked) = state.withLock { ("Bearer tok-\($0.grants)", $0.revoked) }
        guard let authorization, authorization == newest, !revoked.contains(String(authorization.dropFirst(7))) else {
            return Response(status: .unauthorized)
        }
        return json(#"{"ok":true}"#, status: .ok)
    }

    private func json(_ text: String, status: HTTPResponse.Status) -> Response {
        Response(status: status, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// Lets the routes reach the server object created after the router.
    private final class Holder: Sendable {
        private let value = Mutex<TokenServer?>(nil)
        func set(_ server: TokenServer) { value.withLock { $0 = server } }
        func server() -> TokenServer { value.withLock { $0! } }
    }
}
