import Foundation
import OpenServicesCore
import OpenServicesHTTP
import OpenServicesSandbox
import OpenServicesZGW

/// A fresh sandbox served over real HTTP (Hummingbird on a free loopback port) and a pipeline that
/// reaches it with the AsyncHTTPClient connector and a ZGW JWT for the sandbox's client id — the set-up
/// of every ZGW test against the sandbox.
///
/// With `ZGW_DUMP_DIR` set, every JSON exchange is also written there for
/// `Scripts/conformance/validate_zgw.py`.
struct ZGWSandboxHTTP {
    let server: SandboxServer
    let pipeline: Pipeline
    /// The API roots by service name, e.g. `zaken` → `http://127.0.0.1:PORT/zaken/api/v1`.
    let roots: [String: URL]

    /// The API root of `api` on this server.
    func root(_ api: ZGWAPI) -> URL { roots[api.rawValue]! }

    /// Runs `body` against a fresh sandbox, signing the JWTs with `secret` at the time `clock` gives.
    static func run(
        secret: String = ZGWSandbox.secret, clock: @escaping @Sendable () -> Date = { Date() },
        _ body: (ZGWSandboxHTTP) async throws -> Void
    ) async throws {
        let server = try await SandboxServer.start(sandbox: Sandbox(), port: 0)
        defer { server.stop() }
        let roots = Dictionary(uniqueKeysWithValues: server.baseURLs.map { ($0.name, URL(string: $0.url)!) })
        var connector: any Connector = HTTPConnector()
        if let dump = ProcessInfo.processInfo.environment["ZGW_DUMP_DIR"] {
            let directory = URL(filePath: dump)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            connector = ZGWExchangeRecorder(
                wrapping: connector, directory: directory,
                roots: ZGWAPI.allCases.compactMap { api in roots[api.rawValue].map { (api.rawValue, $0) } })
        }
        let jwt = try ZGWJWTProvider(clientID: ZGWSandbox.clientID, secret: Secret(secret), now: clock)
        let pipeline = Pipeline(connector: connector, credentials: CredentialStage(jwt), retry: .none)
        try await body(ZGWSandboxHTTP(server: server, pipeline: pipeline, roots: roots))
    }
}
