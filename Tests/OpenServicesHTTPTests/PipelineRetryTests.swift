import Foundation
import OpenServicesCore
import OpenServicesHTTP
import AsyncHTTPClient
import Testing

/// The connectors inside the real pipeline, against the live server.
@Suite("Pipeline over the connectors")
struct PipelineRetryTests {
    private static let quickRetries = RetryPolicy(
        maximumAttempts: 3, backoff: Backoff(base: .milliseconds(10), cap: .milliseconds(50)))

    @Test("A 503 is retried and the following 200 returned", arguments: ConnectorKind.allCases)
    func retries503ThenSucceeds(_ kind: ConnectorKind) async throws {
        let key = UUID().uuidString
        let pipeline = Pipeline(connector: kind.make(), retry: Self.quickRetries)
        let request = ServiceRequest(method: .get, url: try await TestServer.url("/flaky/\(key)"))
        let response = try await pipeline.execute(request, context: OperationContext(service: "test", operation: "flaky.lezen"))
        #expect(response.status == .ok)
        #expect(await FlakyCounter.shared.count(key) == 2)
        #expect(String(decoding: try await response.body.collect(upTo: 1024), as: UTF8.self) == "call 2")
    }

    @Test("A supplied HTTPClient is used as it is")
    func suppliedClient() async throws {
        let pipeline = Pipeline(connector: HTTPConnector(client: .shared), retry: Self.quickRetries)
        let request = ServiceRequest(method: .get, url: try await TestServer.url("/json"))
        let response = try await pipeline.execute(request, context: OperationContext(service: "test", operation: "json.lezen"))
        #expect(response.status == .ok)
        #expect(String(decoding: try await response.body.collect(upTo: 1024), as: UTF8.self) == TestServer.json)
    }

    @Test("HTTPConnector() is the default pipeline transport")
    func defaultConnector() async throws {
        let key = UUID().uuidString
        let pipeline = Pipeline(connector: HTTPConnector(), retry: Self.quickRetries)
        let request = ServiceRequest(method: .get, url: try await TestServer.url("/flaky/\(key)"))
        let response = try await pipeline.execute(request, context: OperationContext(service: "test", operation: "flaky.lezen"))
        #expect(response.status == .ok)
    }

    @Test("A refused connection is retried even for a POST, because nothing was sent")
    func refusedIsRetriedForUnsafeRequests() async throws {
        let port = try await UnreachablePorts.refused()
        let pipeline = Pipeline(connector: HTTPConnector(), retry: Self.quickRetries)
        let request = ServiceRequest(
            method: .post, url: URL(string: "http://127.0.0.1:\(port)/zaken")!, body: ServiceBody(text: "{}"))
        let error = await #expect(throws: OpenServicesError.self) {
            _ = try await pipeline.execute(request, context: OperationContext(service: "zaken", operation: "zaak.aanmaken"))
        }
        #expect(error?.code == .connectionRefused)
        #expect(error?.attempts == 3)
        #expect(error?.service == "zaken")
    }

    @Test("A reset mid-body of a POST is not retried")
    func resetOfUnsafeRequestIsNotRetried() async throws {
        let pipeline = Pipeline(connector: HTTPConnector(), retry: Self.quickRetries)
        let request = ServiceRequest(
            method: .post, url: try await BrokenResponseServer.url("/reset"), body: ServiceBody(text: "{}"))
        let error = await #expect(throws: OpenServicesError.self) {
            _ = try await pipeline.execute(request, context: OperationContext(service: "zaken", operation: "zaak.aanmaken"))
        }
        #expect(error?.code == .connectionReset)
        #expect(error?.attempts == 1)
    }
}
