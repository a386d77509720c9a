import Foundation
import HTTPTypes
import InMemoryLogging
import InMemoryTracing
import Logging
import MetricsTestKit
import OpenServicesCore
import OpenServicesTesting
import Testing

/// Adds an API key and a bearer token, as a credentials stage does.
private struct SecretCredentials: Stage {
    static let apiKey = "ak-SECRET-1f2e3d4c5b6a"
    static let token = "eyJhbGciOiJIUzI1NiJ9.SECRET-TOKEN.sig"

    func handle(_ request: ServiceRequest, context: OperationContext, next: Next) async throws -> ServiceResponse {
        var request = request
        request.head.headerFields[.authorization] = "Bearer \(Self.token)"
        request.head.headerFields[HTTPField.Name("X-Api-Key")!] = Self.apiKey
        return try await next(request, context)
    }
}

@Suite("Redaction")
struct RedactionTests {
    static let bsn = "999993653"

    @Test("no API key, token or BSN appears in logs, metrics, spans or errors of a failing authenticated call")
    func failingAuthenticatedCallLeaksNothing() async throws {
        let logs = InMemoryLogHandler()
        var logger = Logger(label: "test", factory: { _ in logs })
        logger.logLevel = .trace
        let metrics = TestMetrics()
        let tracer = InMemoryTracer()
        let connector = ScriptedConnector([
            .status(.serviceUnavailable),
            .problem(.badRequest, """
                {"title":"Een of meerdere parameters zijn niet correct.","status":400,"code":"paramsValidation",
                 "detail":"burgerservicenummer \(Self.bsn) is niet toegestaan",
                 "invalidParams":[{"name":"burgerservicenummer[0]","code":"bsn","reason":"\(Self.bsn) is geen geldig burgerservicenummer."}]}
                """, headers: [HTTPField.Name("X-Echo-Api-Key")!: SecretCredentials.apiKey]),
        ])
        let pipeline = Pipeline(
            connector: connector, telemetry: Telemetry(metricsFactory: metrics, tracer: tracer),
            credentials: SecretCredentials(), retry: testRetryPolicy(), clock: TestClock())
        var request = ServiceRequest(
            method: .post,
            url: URL(string: "https://brp.test.example/haalcentraal/api/brp/personen?burgerservicenummer=\(Self.bsn)&apikey=\(SecretCredentials.apiKey)")!,
            body: ServiceBody(text: #"{"type":"RaadpleegMetBurgerservicenummer","burgerservicenummer":["\#(Self.bsn)"],"fields":["naam"]}"#))
        request.isSafe = true
        let ctx = OperationContext(
            service: "brp", operation: "personen.raadplegen", logger: logger,
            access: AccessContext(principal: "medewerker-042", purpose: "zorgtoeslag"))

        let error = try #require(await OpenServicesError.caught { _ = try await pipeline.execute(request, context: ctx) })
        #expect(error.code == .rejected)
        #expect(connector.requests.count == 2, "the 503 was retried")

        var texts: [String] = [error.description, error.message, String(describing: error), request.description]
        texts += error.serviceError.map { [$0.invalidParameters.description] } ?? []
        for entry in logs.entries {
            texts.append(entry.message.description)
            texts += entry.metadata.map { "\($0.key)=\($0.value)" }
        }
        texts += metrics.counters.map { "\($0.label) \($0.dimensions)" }
        texts += metrics.timers.map { "\($0.label) \($0.dimensions)" }
        for span in tracer.finishedSpans {
            texts.append(span.operationName)
            span.attributes.forEach { key, value in texts.append("\(key)=\(value)") }
            texts += span.events.map(\.name)
            texts.append(String(describing: span.status))
        }
        #expect(logs.entries.count >= 3, "the test must see the call's log lines")
        #expect(texts.contains { $0.contains("personen.raadplegen") }, "the captured output must describe the call")
        for text in texts {
            #expect(!text.contains(Self.bsn), "BSN leaked: \(text)")
            #expect(!text.contains(SecretCredentials.apiKey), "API key leaked: \(text)")
            #expect(!text.contains("SECRET-TOKEN"), "token leaked: \(text)")
        }
        // The error still carries what the developer needs.
        #expect(error.serviceError?.invalidParameters.first?.name == "burgerservicenummer[0]")
        #expect(error.description.contains("*********"))
    }

    @Test("metrics count requests, attempts, errors by category and duration with bounded labels")
    func metricsAreRecorded() async throws {
        let metrics = TestMetrics()
        let pipeline = Pipeline(
            connector: ScriptedConnector([.status(.serviceUnavailable), .status(.notFound)]),
            telemetry: Telemetry(metricsFactory: metrics), retry: testRetryPolicy(), clock: TestClock())
        _ = await OpenServicesError.caught { _ = try await pipeline.execute(getRequest(), context: context()) }
        let dimensions = [("service", "bag"), ("operation", "adressen.zoeken")]
        #expect(try metrics.expectCounter("openservices_requests_total", dimensions).totalValue == 1)
        #expect(try metrics.expectCounter("openservices_attempts_total", dimensions).totalValue == 2)
        #expect(try metrics.expectCounter("openservices_errors_total", dimensions + [("category", "notFound")]).totalValue == 1)
        #expect(try metrics.expectTimer("openservices_request_duration_seconds", dimensions).values.count == 1)
    }

    @Test("one span per operation, trace context injected on every attempt")
    func tracing() async throws {
        let tracer = InMemoryTracer()
        let connector = ScriptedConnector([.status(.serviceUnavailable), .status(.gatewayTimeout), .json("{}")])
        let pipeline = Pipeline(
            connector: connector, telemetry: Telemetry(tracer: tracer), retry: testRetryPolicy(), clock: TestClock())
        _ = try await pipeline.execute(getRequest(), context: context())
        #expect(tracer.finishedSpans.count == 1)
        #expect(tracer.finishedSpans.first?.operationName == "bag.adressen.zoeken")
        #expect(tracer.performedContextInjections.count == 3)
        let traceHeader = HTTPField.Name(InMemoryTracer.traceIDKey)!
        let traceIDs = Set(connector.requests.compactMap { $0.head.headerFields[traceHeader] })
        #expect(traceIDs.count == 1, "every attempt carries the same trace")
        #expect(connector.requests.allSatisfy { $0.head.headerFields[traceHeader] != nil })
    }

    @Test("descriptions hide query values, non-allow-listed headers and nine-digit numbers")
    func descriptions() throws {
        var request = getRequest("/personen?bsn=999993653&postcode=2631CR")
        request.head.headerFields[.authorization] = "Bearer abc"
        request.head.headerFields[.accept] = "application/hal+json"
        let text = request.description
        #expect(text.contains("bsn=…&postcode=…"))
        #expect(text.contains("Authorization: <redacted>"))
        #expect(text.contains("Accept: application/hal+json"))
        #expect(!text.contains("abc"))
        #expect(Redaction.redactText("BSN 999993653, KVK 69599084") == "BSN *********, KVK 69599084")
    }
}
