import Foundation
import HTTPTypes
import OpenServicesCore
import OpenServicesHTTP
import OpenServicesPDOK
import OpenServicesSandbox
import OpenServicesTesting

/// Shared set-up of the PDOK tests: the sandbox in-process or over HTTP, and raw requests to it.
enum PDOKTestSupport {
    static func sandbox() -> Sandbox { Sandbox(services: [PDOKSandbox()]) }

    static func client(_ connector: any Connector = sandbox()) -> PDOKClient {
        let sandbox = sandbox()
        return PDOKClient(pipeline: Pipeline(connector: connector, retry: .none, clock: TestClock()), baseURL: sandbox.baseURL(for: "pdok")!)
    }

    /// Runs `body` with a client that reaches the sandbox over real HTTP on a free loopback port.
    static func withHTTPClient(_ body: (PDOKClient, URL) async throws -> Void) async throws {
        let server = try await SandboxServer.start(sandbox: sandbox(), port: 0)
        defer { server.stop() }
        let url = URL(string: server.baseURLs.first { $0.name == "pdok" }!.url)!
        try await body(PDOKClient(pipeline: Pipeline(connector: HTTPConnector(), retry: .none), baseURL: url), url)
    }

    /// Sends a raw GET to the in-process sandbox and returns the status, content type and body.
    static func raw(_ pathAndQuery: String) async throws -> (status: Int, contentType: String?, body: String, json: [String: Any]) {
        let sandbox = sandbox()
        let url = URL(string: sandbox.baseURL(for: "pdok")!.absoluteString + pathAndQuery)!
        let response = try await sandbox.send(ServiceRequest(method: .get, url: url), context: OperationContext(service: "pdok", operation: "test"))
        let data = try await response.body.collect(upTo: 1 << 24)
        return (Int(response.status.code), response.head.headerFields[.contentType], String(decoding: data, as: UTF8.self),
                (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:])
    }
}
