import Foundation
import HTTPTypes
import OpenServicesBRP
import OpenServicesCore
import OpenServicesHTTP
import OpenServicesSandbox
import OpenServicesTesting

/// Shared set-up of the BRP tests: the sandbox in-process or over HTTP, and raw requests to it.
enum BRPTestSupport {
    /// A fixed day (2026-06-01), so ages are stable.
    static let today = Date(timeIntervalSince1970: 1_780_272_000)

    static func sandbox(deniedFields: Set<String> = []) -> Sandbox {
        Sandbox(services: [BRPSandbox(deniedFields: deniedFields, today: today)])
    }

    static func client(_ sandbox: Sandbox = sandbox()) -> BRPClient {
        BRPClient(pipeline: Pipeline(connector: sandbox, clock: TestClock()), baseURL: sandbox.baseURL(for: "brp")!)
    }

    /// Runs `body` with a client that reaches the sandbox over real HTTP on a free loopback port.
    static func withHTTPClient(
        deniedFields: Set<String> = [], _ body: (BRPClient, URL) async throws -> Void
    ) async throws {
        let server = try await SandboxServer.start(sandbox: sandbox(deniedFields: deniedFields), port: 0)
        defer { server.stop() }
        let url = URL(string: server.baseURLs.first { $0.name == "brp" }!.url)!
        try await body(BRPClient(pipeline: Pipeline(connector: HTTPConnector()), baseURL: url), url)
    }

    /// Sends a raw body to the in-process sandbox and returns the status and the parsed JSON answer.
    static func raw(
        _ body: String, contentType: String? = "application/json", accept: String? = "application/json",
        method: HTTPRequest.Method = .post, path: String = "personen", sandbox: Sandbox = sandbox()
    ) async throws -> (status: Int, json: [String: Any], contentType: String?) {
        var headers: HTTPFields = [:]
        if let contentType { headers[.contentType] = contentType }
        if let accept { headers[.accept] = accept }
        let url = sandbox.baseURL(for: "brp")!.appending(path: path)
        let request = ServiceRequest(method: method, url: url, headerFields: headers, body: ServiceBody(text: body))
        let response = try await sandbox.send(request, context: OperationContext(service: "brp", operation: "test"))
        let data = try await response.body.collect(upTo: 1 << 24)
        let json = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
        return (Int(response.status.code), json, response.head.headerFields[.contentType])
    }

    /// The `invalidParams` of a problem answer as (name, code) pairs.
    static func invalidParams(_ json: [String: Any]) -> [String] {
        (json["invalidParams"] as? [[String: Any]] ?? []).map { "\($0["name"] ?? "")|\($0["code"] ?? "")" }
    }
}
