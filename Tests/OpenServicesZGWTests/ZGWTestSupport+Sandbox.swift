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
    /// the time `clock` gives (see ``ZGWSandboxHTTP``).
    static func withServer(
        secret: String = ZGWSandbox.secret, clock: @escaping @Sendable () -> Date = { Date() },
        _ body: (ZGWSandboxClients) async throws -> Void
    ) async throws {
        try await ZGWSandboxHTTP.run(secret: secret, clock: clock) { sandbox in
            try await body(ZGWSandboxClients(
                zaken: ZakenClient(pipeline: sandbox.pipeline, baseURL: sandbox.root(.zaken)),
                catalogi: CatalogiClient(pipeline: sandbox.pipeline, baseURL: sandbox.root(.catalogi)),
                roots: sandbox.roots))
        }
    }
}
