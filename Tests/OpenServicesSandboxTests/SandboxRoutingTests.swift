import Foundation
import OpenServicesCore
import OpenServicesHTTP
import OpenServicesSandbox
import Testing

@Suite("Sandbox routing and server")
struct SandboxRoutingTests {
    @Test("every default service has an in-process base URL under the never-resolving sandbox host")
    func baseURLs() throws {
        let sandbox = Sandbox()
        for (name, path) in [("brp", "/haalcentraal/api/brp"), ("bag", "/lvbag/individuelebevragingen/v2"),
                             ("kvk", "/api"), ("pdok", "/bzk/locatieserver/search/v3_1")] {
            let url = try #require(sandbox.baseURL(for: name))
            #expect(url.host == Sandbox.host)
            #expect(url.path == path)
        }
        #expect(sandbox.baseURL(for: "nonexistent") == nil)
    }

    @Test("a path no service serves is a 404 problem that lists what the sandbox serves")
    func unknownPath() async throws {
        let pipeline = Pipeline(connector: Sandbox(), retry: .none)
        let request = ServiceRequest(method: .get, url: URL(string: "http://\(Sandbox.host)/nergens")!)
        do {
            _ = try await pipeline.execute(request, context: OperationContext(service: "sandbox", operation: "unknown"))
            Issue.record("expected a 404")
        } catch let error as OpenServicesError {
            #expect(error.code == .notFound)
            #expect(error.serviceError?.detail?.contains("/haalcentraal/api/brp") == true)
        }
    }

    @Test("the HTTP server lists each service's base URL and answers on it")
    func server() async throws {
        let server = try await SandboxServer.start(port: 0)
        defer { server.stop() }
        #expect(server.port > 0)
        #expect(server.baseURLs.map(\.name) == [
            "autorisaties", "bag", "besluiten", "brp", "catalogi", "documenten", "kvk", "notificaties", "pdok", "zaken",
        ])
        let bag = try #require(server.baseURLs.first { $0.name == "bag" })
        #expect(bag.url == "http://127.0.0.1:\(server.port)/lvbag/individuelebevragingen/v2")
        let pipeline = Pipeline(
            connector: HTTPConnector(),
            credentials: CredentialStage(try APIKeyProvider(header: "X-Api-Key", key: "sandbox-key")), retry: .none)
        let response = try await pipeline.execute(
            ServiceRequest(method: .get, url: URL(string: bag.url + "/adressen?postcode=3011WK&huisnummer=12")!),
            context: OperationContext(service: "bag", operation: "adressen.zoeken"))
        #expect(response.status == .ok)
    }

    @Test("a port that is taken fails with an error that says so")
    func portTaken() async throws {
        let first = try await SandboxServer.start(port: 0)
        defer { first.stop() }
        do {
            let second = try await SandboxServer.start(port: first.port)
            second.stop()
            Issue.record("expected the second server to fail")
        } catch let error as OpenServicesError {
            #expect(error.category == .configuration)
            #expect(error.message.contains("\(first.port)"))
        }
    }
}
