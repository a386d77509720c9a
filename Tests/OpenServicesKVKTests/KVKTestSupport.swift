import Foundation
import HTTPTypes
import OpenServicesCore
import OpenServicesHTTP
import OpenServicesKVK
import OpenServicesSandbox
import OpenServicesTesting

/// Shared set-up of the KVK tests: the sandbox in-process or over HTTP, and raw requests to it.
enum KVKTestSupport {
    static func sandbox() -> Sandbox { Sandbox(services: [KVKSandbox()]) }

    static func pipeline(_ connector: any Connector, key: String? = KVKSandbox.testAPIKey) throws -> Pipeline {
        Pipeline(
            connector: connector,
            credentials: try key.map { CredentialStage(try APIKeyProvider(header: "apikey", key: Secret($0))) },
            retry: .none, clock: TestClock())
    }

    static func client(_ sandbox: Sandbox = sandbox(), key: String? = KVKSandbox.testAPIKey) throws -> KVKClient {
        KVKClient(pipeline: try pipeline(sandbox, key: key), baseURL: sandbox.baseURL(for: "kvk")!)
    }

    /// Runs `body` with a client that reaches the sandbox over real HTTP on a free loopback port.
    static func withHTTPClient(_ body: (KVKClient, URL) async throws -> Void) async throws {
        let server = try await SandboxServer.start(sandbox: sandbox(), port: 0)
        defer { server.stop() }
        let url = URL(string: server.baseURLs.first { $0.name == "kvk" }!.url)!
        let pipeline = Pipeline(
            connector: HTTPConnector(), credentials: CredentialStage(try APIKeyProvider(header: "apikey", key: Secret(KVKSandbox.testAPIKey))),
            retry: .none)
        try await body(KVKClient(pipeline: pipeline, baseURL: url), url)
    }

    /// Sends a raw GET to the in-process sandbox and returns the status and parsed JSON.
    static func raw(_ pathAndQuery: String, key: String? = KVKSandbox.testAPIKey) async throws -> (status: Int, json: [String: Any]) {
        let sandbox = sandbox()
        var headers = HTTPFields()
        if let key { headers[HTTPField.Name("apikey")!] = key }
        let url = URL(string: sandbox.baseURL(for: "kvk")!.absoluteString + pathAndQuery)!
        let response = try await sandbox.send(
            ServiceRequest(method: .get, url: url, headerFields: headers), context: OperationContext(service: "kvk", operation: "test"))
        let data = try await response.body.collect(upTo: 1 << 24)
        return (Int(response.status.code), (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:])
    }

    /// The first `fout` code of a KVK error body.
    static func foutCode(_ json: [String: Any]) -> String? {
        (json["fout"] as? [[String: Any]])?.first?["code"] as? String
    }
}
