import Foundation
import HTTPTypes
import OpenServicesCore
import OpenServicesTesting
import Testing

@Suite("Retry stage")
struct RetryStageTests {
    @Test("503 then 200 is retried and succeeds")
    func retriesServiceUnavailable() async throws {
        let connector = ScriptedConnector([.status(.serviceUnavailable), .json(#"{"ok":true}"#)])
        let clock = TestClock()
        let pipeline = Pipeline(connector: connector, retry: testRetryPolicy(), clock: clock)
        let response = try await pipeline.execute(getRequest(), context: context())
        #expect(response.status == .ok)
        #expect(connector.requests.count == 2)
        #expect(connector.requests.map(\.attempt) == [1, 2])
        #expect(clock.sleeps.count == 1)
        #expect(clock.sleeps[0] <= .milliseconds(100))
    }

    @Test("a POST without idempotency key is not retried once sent")
    func postWithoutKeyIsNotRetried() async throws {
        let connector = ScriptedConnector([.status(.serviceUnavailable), .status(.created)])
        let pipeline = Pipeline(connector: connector, retry: testRetryPolicy(), clock: TestClock())
        let error = await OpenServicesError.caught { _ = try await pipeline.execute(postRequest(), context: context()) }
        #expect(error?.code == .serviceUnavailable)
        #expect(error?.attempts == 1)
        #expect(connector.requests.count == 1)

        let reset = ScriptedConnector([.connectionReset, .status(.created)])
        let resetPipeline = Pipeline(connector: reset, retry: testRetryPolicy(), clock: TestClock())
        let resetError = await OpenServicesError.caught { _ = try await resetPipeline.execute(postRequest(), context: context()) }
        #expect(resetError?.code == .connectionReset)
        #expect(reset.requests.count == 1)
    }

    @Test("a POST is retried when the connection was refused, since nothing was sent")
    func postIsRetriedWhenNothingWasSent() async throws {
        let connector = ScriptedConnector([.connectionRefused, .status(.created)])
        let pipeline = Pipeline(connector: connector, retry: testRetryPolicy(), clock: TestClock())
        let response = try await pipeline.execute(postRequest(), context: context())
        #expect(response.status == .created)
        #expect(connector.requests.count == 2)
    }

    @Test("the same idempotency key is sent on every attempt")
    func idempotencyKeyIsStable() async throws {
        let connector = ScriptedConnector([.status(.badGateway), .connectionReset, .status(.created)])
        let pipeline = Pipeline(connector: connector, retry: testRetryPolicy(), clock: TestClock())
        let key = UUID().uuidString
        let response = try await pipeline.execute(postRequest(idempotencyKey: key), context: context())
        #expect(response.status == .created)
        let keys = connector.requests.map { $0.head.headerFields[ServiceRequest.idempotencyKeyHeader] }
        #expect(keys == [key, key, key])
    }

    @Test("Retry-After: 2 is waited for on the clock")
    func retryAfterIsHonoured() async throws {
        let connector = ScriptedConnector([.status(.tooManyRequests, headers: [.retryAfter: "2"]), .json("{}")])
        let clock = TestClock()
        let pipeline = Pipeline(connector: connector, retry: testRetryPolicy(), clock: clock)
        _ = try await pipeline.execute(getRequest(), context: context())
        #expect(clock.sleeps == [.seconds(2)])
    }

    @Test("a Retry-After beyond the bound is not waited for")
    func retryAfterIsBounded() async throws {
        let connector = ScriptedConnector([.status(.serviceUnavailable, headers: [.retryAfter: "3600"]), .json("{}")])
        let clock = TestClock()
        let pipeline = Pipeline(connector: connector, retry: testRetryPolicy(), clock: clock)
        let error = await OpenServicesError.caught { _ = try await pipeline.execute(getRequest(), context: context()) }
        #expect(error?.code == .serviceUnavailable)
        #expect(clock.sleeps.isEmpty)
        #expect(connector.requests.count == 1)
    }

    @Test("the overall deadline stops retrying")
    func overallDeadlineStopsRetries() async throws {
        let connector = ScriptedConnector([.delay(.seconds(4), then: .status(.serviceUnavailable))])
        let clock = TestClock()
        let pipeline = Pipeline(
            connector: connector, retry: testRetryPolicy(attempts: 10, overall: .seconds(10)), clock: clock)
        let error = await OpenServicesError.caught { _ = try await pipeline.execute(getRequest(), context: context()) }
        #expect(error != nil)
        #expect(connector.requests.count <= 3)
        #expect(clock.now <= .seconds(10))
        // The context's own timeout overrides the policy's.
        let short = Pipeline(connector: connector, retry: testRetryPolicy(attempts: 10), clock: TestClock())
        let timedOut = await OpenServicesError.caught {
            _ = try await short.execute(getRequest(), context: context(timeout: .seconds(1)))
        }
        #expect(timedOut?.code == .deadlineExceeded)
        #expect(timedOut?.category == .timeout)
    }

    @Test("an attempt slower than the per-attempt timeout fails with a timeout and is retried")
    func attemptTimeout() async throws {
        let connector = ScriptedConnector([.delay(.seconds(5), then: .json("{}")), .json("{}")])
        let clock = TestClock()
        let pipeline = Pipeline(connector: connector, retry: testRetryPolicy(attemptTimeout: .seconds(1)), clock: clock)
        let response = try await pipeline.execute(getRequest(), context: context())
        #expect(response.status == .ok)
        #expect(connector.requests.count == 2)
    }

    @Test("cancellation stops within one backoff step")
    func cancellationStopsPromptly() async throws {
        let connector = ScriptedConnector([.status(.serviceUnavailable)])
        let policy = RetryPolicy(
            maximumAttempts: 50, backoff: Backoff(base: .seconds(20), cap: .seconds(20)), overallTimeout: .seconds(600))
        let pipeline = Pipeline(connector: connector, retry: policy)
        let started = ContinuousClock.now
        let task = Task { try await pipeline.execute(getRequest(), context: context()) }
        try await Task.sleep(for: .milliseconds(200))
        task.cancel()
        let result = await task.result
        let elapsed = ContinuousClock.now - started
        guard case .failure(let error as OpenServicesError) = result else {
            Issue.record("expected an OpenServicesError, got \(result)")
            return
        }
        #expect(error.code == .cancelled)
        // Well under the 20 s backoff, with room for a machine busy with other work (5 s was once exceeded there).
        #expect(elapsed < .seconds(10))
        #expect(connector.requests.count <= 2)
    }

    @Test("an exhausted retry budget stops retries")
    func retryBudgetStopsRetries() async throws {
        let connector = ScriptedConnector([.status(.serviceUnavailable)])
        let pipeline = Pipeline(
            connector: connector,
            retry: testRetryPolicy(attempts: 5, budget: .init(capacity: 3, refillPerSuccess: 0.1)),
            clock: TestClock())
        // First call: 1 attempt + 3 retries (the whole budget), then the budget is empty.
        let first = await OpenServicesError.caught { _ = try await pipeline.execute(getRequest(), context: context()) }
        #expect(first?.code == .serviceUnavailable)
        #expect(connector.requests.count == 4)
        // Second call to the same host: only the first attempt, no retry.
        let second = await OpenServicesError.caught { _ = try await pipeline.execute(getRequest(), context: context()) }
        #expect(second?.code == .serviceUnavailable)
        #expect(second?.remediation?.contains("retry budget") == true)
        #expect(connector.requests.count == 5)
    }

    @Test("non-retryable statuses fail at once with the status mapped")
    func statusesAreMapped() async throws {
        let cases: [(HTTPResponse.Status, OpenServicesError.Code)] = [
            (.badRequest, .rejected), (.unauthorized, .unauthenticated), (.forbidden, .forbidden),
            (.notFound, .notFound), (.unprocessableContent, .rejected), (.internalServerError, .serviceUnavailable),
        ]
        for (status, code) in cases {
            let connector = ScriptedConnector([.status(status)])
            let pipeline = Pipeline(connector: connector, retry: testRetryPolicy(), clock: TestClock())
            let error = await OpenServicesError.caught { _ = try await pipeline.execute(getRequest(), context: context()) }
            #expect(error?.code == code, "status \(status.code)")
            #expect(error?.status == status)
            #expect(error?.service == "bag")
            #expect(error?.operation == "adressen.zoeken")
            #expect(connector.requests.count == 1)
        }
    }

    @Test("the backoff is full jitter below a capped ceiling")
    func backoffCeilings() {
        let backoff = Backoff(base: .milliseconds(100), cap: .seconds(1))
        #expect(backoff.ceiling(forRetry: 1) == .milliseconds(100))
        #expect(backoff.ceiling(forRetry: 3) == .milliseconds(400))
        #expect(backoff.ceiling(forRetry: 10) == .seconds(1))
        for retry in 1...12 {
            let delay = backoff.delay(forRetry: retry)
            #expect(delay >= .zero && delay <= backoff.ceiling(forRetry: retry))
        }
    }
}
