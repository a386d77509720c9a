import Foundation
import HTTPTypes
import OpenServicesBAG
import OpenServicesCore
import OpenServicesHTTP
import OpenServicesSandbox
import OpenServicesTesting

/// Shared set-up of the BAG tests: the sandbox in-process or over HTTP, and raw requests to it.
enum BAGTestSupport {
    static func sandbox() -> Sandbox { Sandbox(services: [BAGSandbox()]) }

    static func pipeline(_ connector: any Connector, key: Bool = true) throws -> Pipeline {
        Pipeline(
            connector: connector,
            credentials: key ? CredentialStage(try APIKeyProvider(header: "X-Api-Key", key: "test")) : nil,
            retry: .none, clock: TestClock())
    }

    static func client(_ sandbox: Sandbox = sandbox(), key: Bool = true) throws -> BAGClient {
        BAGClient(pipeline: try pipeline(sandbox, key: key), baseURL: sandbox.baseURL(for: "bag")!)
    }

    /// Runs `body` with a client that reaches the sandbox over real HTTP on a free loopback port.
    static func withHTTPClient(_ body: (BAGClient, URL) async throws -> Void) async throws {
        let server = try await SandboxServer.start(sandbox: sandbox(), port: 0)
        defer { server.stop() }
        let url = URL(string: server.baseURLs.first { $0.name == "bag" }!.url)!
        let pipeline = Pipeline(
            connector: HTTPConnector(), credentials: CredentialStage(try APIKeyProvider(header: "X-Api-Key", key: "test")),
            retry: .none)
        try await body(BAGClient(pipeline: pipeline, baseURL: url), url)
    }

    /// Sends a raw GET to the in-process sandbox and returns the status, headers and parsed JSON.
    static func raw(
        _ pathAndQuery: String, key: String? = "test", headers extra: HTTPFields = [:], sandbox: Sandbox = sandbox()
    ) async throws -> (status: Int, json: [String: Any], headers: HTTPFields) {
        var headers = extra
        if let key { headers[HTTPField.Name("X-Api-Key")!] = key }
        let url = URL(string: sandbox.baseURL(for: "bag")!.absoluteString + pathAndQuery)!
        let response = try await sandbox.send(
            ServiceRequest(method: .get, url: url, headerFields: headers), context: OperationContext(service: "bag", operation: "test"))
        let data = try await response.body.collect(upTo: 1 << 24)
        let json = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
        return (Int(response.status.code), json, response.head.headerFields)
    }

    /// The `invalid-params` of a problem answer as `name|code` pairs.
    static func invalidParams(_ json: [String: Any]) -> [String] {
        (json["invalid-params"] as? [[String: Any]] ?? []).map { "\($0["name"] ?? "")|\($0["code"] ?? "")" }
    }

    static let wijnhavenkade = SandboxAddresses.all[0]
}
