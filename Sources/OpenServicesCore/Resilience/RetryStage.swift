import Foundation
import HTTPTypes
import Instrumentation
import Logging
import ServiceContextModule
import Tracing

/// The stage that makes the attempts: per-attempt deadline, idempotency key, trace headers,
/// backoff, `Retry-After`, the per-host retry budget, and the mapping of error statuses to
/// ``OpenServicesError``.
struct RetryStage: Stage {
    let policy: RetryPolicy
    let tracer: any Tracer
    /// Whether trace headers are injected: not when the tracer is the no-op tracer (nothing bootstrapped).
    let tracing: Bool
    let budgets: RetryBudgets
    /// Error bodies larger than this are not read in full; only their start is parsed.
    static let errorBodyLimit = 1 << 20

    init(policy: RetryPolicy, telemetry: Telemetry) {
        self.policy = policy
        self.tracer = telemetry.resolvedTracer
        self.tracing = !(tracer is NoOpTracer)
        self.budgets = RetryBudgets(policy.budget)
    }

    func handle(_ request: ServiceRequest, context: OperationContext, next: Next) async throws -> ServiceResponse {
        // This function holds only what lives across an attempt; everything else is in synchronous helpers,
        // and everything after a failed attempt in `retryAfterFailure` / `retryAfterResponse`, whose frames
        // are allocated only then. A call that succeeds at once allocates a small frame here.
        let request = prepared(request)
        let deadline = context.deadline ?? (context.clock.now + policy.overallTimeout)
        var attempt = 1
        while true {
            let attemptContext = try begin(attempt, context: context, deadline: deadline)
            let response: ServiceResponse
            do {
                response = try await next(tracing ? traced(request) : request, attemptContext)
            } catch {
                try await retryAfterFailure(error, request, attemptContext, deadline: deadline)
                attempt += 1
                continue
            }
            if response.status.code < 400 {
                budgets.recordSuccess(host: request.head.authority ?? "")
                return response
            }
            try await retryAfterResponse(response, request, attemptContext, deadline: deadline)
            attempt += 1
        }
    }

    /// The request as every attempt sends it: with its idempotency key as a header.
    @inline(never)
    private func prepared(_ request: ServiceRequest) -> ServiceRequest {
        guard let key = request.idempotencyKey else { return request }
        var request = request
        request.head.headerFields[ServiceRequest.idempotencyKeyHeader] = key
        return request
    }

    /// The context of attempt number `attempt`, unless the call is cancelled or its deadline has passed.
    @inline(never)
    private func begin(_ attempt: Int, context: OperationContext, deadline: Duration) throws -> OperationContext {
        if Task.isCancelled { throw cancelled(context, attempts: attempt - 1) }
        let now = context.clock.now
        guard now < deadline else { throw deadlineExceeded(context, attempts: attempt - 1) }
        var attemptContext = context
        attemptContext.attempt = attempt
        attemptContext.attemptDeadline = min(now + policy.attemptTimeout, deadline)
        context.metrics?.attempts.increment()
        if attempt > 1 {
            attemptContext.logger.debug("OpenServices retry", metadata: ["openservices.attempt": "\(attempt)"])
        }
        return attemptContext
    }

    /// The request with the current trace context injected as headers.
    @inline(never)
    private func traced(_ request: ServiceRequest) -> ServiceRequest {
        var request = request
        tracer.inject(ServiceContext.current ?? .topLevel, into: &request.head.headerFields, using: HTTPFieldsInjector())
        return request
    }

    /// After an attempt that threw: returns after waiting when another attempt is due, else throws the
    /// error to report.
    private func retryAfterFailure(
        _ error: any Error, _ request: ServiceRequest, _ attemptContext: OperationContext, deadline: Duration
    ) async throws {
        let attempt = attemptContext.attempt
        switch error {
        case let error as OpenServicesError:
            if error.code == .cancelled {
                throw error.filling(service: attemptContext.service, operation: attemptContext.operation, attempts: attempt)
            }
            if error.code == .attemptTimeout, attemptContext.attemptDeadline == deadline {
                throw deadlineExceeded(attemptContext, attempts: attempt)
            }
            let failure = error.filling(service: attemptContext.service, operation: attemptContext.operation, attempts: attempt)
            let wait = isRetryable(error, request) ? policy.backoff.delay(forRetry: attempt) : nil
            try await pause(wait, before: failure, request, attemptContext, deadline: deadline)
        case is CancellationError:
            throw cancelled(attemptContext, attempts: attempt)
        default:
            throw error
        }
    }

    /// After an attempt that ended in an error status: returns after waiting when another attempt is due,
    /// else throws the status's ``OpenServicesError``.
    private func retryAfterResponse(
        _ response: ServiceResponse, _ request: ServiceRequest, _ attemptContext: OperationContext, deadline: Duration
    ) async throws {
        let attempt = attemptContext.attempt
        let failure = await error(for: response, context: attemptContext, attempts: attempt)
        let wait = policy.retryableStatuses.contains(response.status.code) && request.isRetryable
            ? retryAfterWait(response.head.headerFields, failure: failure, retry: attempt)
            : nil
        try await pause(wait, before: failure, request, attemptContext, deadline: deadline)
    }

    /// Waits `wait` before the next attempt, or throws `failure` when there is none: no wait (not
    /// retryable), the last attempt made, the deadline too near, or the host's retry budget exhausted.
    private func pause(
        _ wait: Duration?, before failure: OpenServicesError, _ request: ServiceRequest,
        _ attemptContext: OperationContext, deadline: Duration
    ) async throws {
        let attempt = attemptContext.attempt
        guard let wait, attempt < policy.maximumAttempts else { throw failure }
        let clock = attemptContext.clock
        guard clock.now + wait < deadline else { throw failure }
        guard budgets.budget(for: request.head.authority ?? "").withdraw() else {
            var exhausted = failure
            exhausted.remediation = "Retries to this host are paused because its retry budget is exhausted (the service keeps failing). "
                + (failure.remediation ?? "")
            throw exhausted
        }
        do {
            try await clock.sleep(for: wait)
        } catch {
            throw cancelled(attemptContext, attempts: attempt)
        }
    }

    /// Whether a transport failure may be retried: always when nothing was sent, otherwise only
    /// for retryable requests.
    private func isRetryable(_ error: OpenServicesError, _ request: ServiceRequest) -> Bool {
        switch error.code {
        case .connectionRefused, .connectionFailed, .connectTimeout:
            return true
        case .connectionReset, .attemptTimeout:
            return request.isRetryable
        default:
            return false
        }
    }

    /// The wait before retrying a retryable status: `Retry-After` when sent (bounded), else backoff.
    private func retryAfterWait(_ fields: HTTPFields, failure: OpenServicesError, retry: Int) -> Duration? {
        guard let requested = RetryAfter.duration(in: fields) else { return policy.backoff.delay(forRetry: retry) }
        return requested <= policy.maximumRetryAfter ? requested : nil
    }

    private func error(for response: ServiceResponse, context: OperationContext, attempts: Int) async -> OpenServicesError {
        let body: [UInt8]
        do {
            body = Array(try await response.body.collect(upTo: Self.errorBodyLimit))
        } catch {
            body = []
        }
        return OpenServicesError(
            status: response.status, headers: response.head.headerFields, body: body, context: context, requestID: response.requestID, attempts: attempts)
    }

    private func cancelled(_ context: OperationContext, attempts: Int) -> OpenServicesError {
        OpenServicesError(
            .cancelled, "The call was cancelled.", service: context.service, operation: context.operation, attempts: attempts)
    }

    private func deadlineExceeded(_ context: OperationContext, attempts: Int) -> OpenServicesError {
        OpenServicesError(
            .deadlineExceeded, "The call did not complete before its overall deadline.",
            service: context.service, operation: context.operation, attempts: attempts)
    }
}

/// Writes trace context (W3C `traceparent`, …) into HTTP header fields.
struct HTTPFieldsInjector: Injector {
    func inject(_ value: String, forKey key: String, into carrier: inout HTTPFields) {
        guard let name = HTTPField.Name(key) else { return }
        carrier[name] = value
    }
}
