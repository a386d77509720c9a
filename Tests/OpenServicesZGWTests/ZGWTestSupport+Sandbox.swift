import Foundation
import OpenServicesCore
import OpenServicesHTTP
import OpenServicesSandbox
import OpenServicesZGW
import Testing

/// The Zaken and Catalogi clients against the sandbox's ZGW fakes over real HTTP on a loopback port.
struct ZGWSandboxClients {
    let zaken: ZakenClient
    let catalogi: CatalogiClient
    let roots: [String: URL]

    /// The absolute URL of a seeded resource, as the sandbox names it.
    func url<Resource>(_ resource: ZGWSandbox.Resource, as type: Resource.Type = Resource.self) throws -> ZGWResourceURL<Resource> {
        ZGWResourceURL(try #require(roots[resource.api.rawValue]).appending(path: "\(resource.collection)/\(resource.uuid)"))
    }

    func uuid(_ resource: ZGWSandbox.Resource) throws -> UUID { try #require(UUID(uuidString: resource.uuid)) }

    /// Runs `body` with clients that reach a fresh sandbox over HTTP, signing their JWTs with `secret` at
    /// the time `clock` gives.
    /// With `ZGW_DUMP_DIR` set, every JSON exchange is also written there for `Scripts/conformance/validate_zgw.py`.
    static func withServer(
        secret: String = ZGWSandbox.secret, clock: @escaping @Sendable () -> Date = { Date() },
        _ body: (ZGWSandboxClients) async throws -> Void
    ) async throws {
        let server = try await SandboxServer.start(sandbox: Sandbox(), port: 0)
        defer { server.stop() }
        var roots: [String: URL] = [:]
        for (name, url) in server.baseURLs { roots[name] = URL(string: url) }
        var connector: any Connector = HTTPConnector()
        if let dump = ProcessInfo.processInfo.environment["ZGW_DUMP_DIR"] {
            let directory = URL(filePath: dump)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            connector = ZGWExchangeRecorder(
                wrapping: connector, directory: directory, roots: ZGWAPI.allCases.compactMap { api in roots[api.rawValue].map { (api.rawValue, $0) } })
        }
        let jwt = try ZGWJWTProvider(clientID: ZGWSandbox.clientID, secret: Secret(secret), now: clock)
        let pipeline = Pipeline(connector: connector, credentials: CredentialStage(jwt), retry: .none)
        try await body(ZGWSandboxClients(
            zaken: ZakenClient(pipeline: pipeline, baseURL: try #require(roots["zaken"])),
            catalogi: CatalogiClient(pipeline: pipeline, baseURL: try #require(roots["catalogi"])),
            roots: roots))
    }
}
