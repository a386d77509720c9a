import CoreMetrics
import Foundation
import InMemoryLogging
import Logging
import OpenServicesCore
import OpenServicesTesting
import Testing
import Tracing

/// A seam stage that fails with an error of its own type.
private struct FailingSeam: Stage {
    struct Broken: Error {}

    func handle(_ request: ServiceRequest, context: OperationContext, next: Next) async throws -> ServiceResponse {
        throw Broken()
    }
}

/// With no metrics backend, no tracer and a logger above debug, `Pipeline.execute` skips the telemetry
/// stage; these tests pin that the call's failures are still normalised and logged exactly once.
@Suite("Calls with nothing to measure")
struct UnobservedCallTests {
    private static let telemetry = Telemetry(metricsFactory: NOOPMetricsHandler.instance, tracer: NoOpTracer())

    private static func context(_ logs: InMemoryLogHandler) -> OperationContext {
        var logger = Logger(label: "test", factory: { _ in logs })
        logger.logLevel = .info
        return OperationContext(service: "bag", operation: "adressen.zoeken", logger: logger)
    }

    private static func pipeline(_ connector: ScriptedConnector, policy: (any Stage)? = nil) -> Pipeline {
        Pipeline(connector: connector, telemetry: telemetry, policy: policy, retry: testRetryPolicy(), clock: TestClock())
    }

    private static let request = ServiceRequest(
        method: .get, url: URL(string: "https://api.bag.test.example/adressen?postcode=2631CR")!)

    @Test("an error status is thrown as OpenServicesError and logged once at info")
    func errorStatusIsLoggedOnce() async throws {
        let logs = InMemoryLogHandler()
        let pipeline = Self.pipeline(ScriptedConnector([.status(.notFound)]))

        let error = try #require(await OpenServicesError.caught {
            _ = try await pipeline.execute(Self.request, context: Self.context(logs))
        })
        #expect(error.code == .notFound)
        #expect(error.service == "bag")
        #expect(error.operation == "adressen.zoeken")
        let failures = logs.entries.filter { $0.message.description == "OpenServices call failed" }
        #expect(failures.count == 1)
        #expect(failures.first?.level == .info)
        #expect(failures.first?.metadata["openservices.error.category"]?.description == "notFound")
        #expect(failures.first?.metadata["openservices.service"]?.description == "bag")
    }

    @Test("a seam's own error type becomes an OpenServicesError naming the call, and is logged")
    func foreignErrorIsNormalised() async throws {
        let logs = InMemoryLogHandler()
        let connector = ScriptedConnector([.status(.ok)])
        let pipeline = Self.pipeline(connector, policy: FailingSeam())

        let error = try #require(await OpenServicesError.caught {
            _ = try await pipeline.execute(Self.request, context: Self.context(logs))
        })
        #expect(error.code == .unexpectedStatus)
        #expect(error.message.contains("Broken"))
        #expect(error.operation == "adressen.zoeken")
        #expect(connector.requests.isEmpty, "the seam ran before anything was sent")
        #expect(logs.entries.filter { $0.message.description == "OpenServices call failed" }.count == 1)
    }

    @Test("a successful call logs nothing")
    func successLogsNothing() async throws {
        let logs = InMemoryLogHandler()
        let pipeline = Self.pipeline(ScriptedConnector([.status(.ok)]))

        let response = try await pipeline.execute(Self.request, context: Self.context(logs))
        #expect(response.status == .ok)
        #expect(logs.entries.isEmpty)
    }
}
