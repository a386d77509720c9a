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
        var request = request
        if let key = request.idempotencyKey {
            request.head.headerFields[ServiceRequest.idempotencyKeyHeader] = key
        }
        let host = request.head.authority ?? ""
        let clock = context.clock
        let deadline = context.deadline ?? (clock.now + policy.overallTimeout)
        var attempt = 0

        while true {
            attempt += 1
            if Task.isCancelled { throw cancelled(context, attempts: attempt - 1) }
            let now = clock.now
            guard now < deadline else { throw deadlineExceeded(context, attempts: attempt - 1) }

            var attemptContext = context
            attemptContext.attempt = attempt
            attemptContext.attemptDeadline = min(now + policy.attemptTimeout, deadline)
            var attemptRequest = request
            if tracing {
                tracer.inject(
                    ServiceContext.current ?? .topLevel, into: &attemptRequest.head.headerFields, using: HTTPFieldsInjector())
            }
            context.metrics?.attempts.increment()
            if attempt > 1 {
                attemptContext.logger.debug("OpenServices retry", metadata: ["openservices.attempt": "\(attempt)"])
            }

            let failure: OpenServicesError
            let wait: Duration?
            do {
                let response = try await next(attemptRequest, attemptContext)
                if response.status.code < 400 {
                    budgets.recordSuccess(host: host)
                    return response
                }
                failure = await error(for: response, context: context, attempts: attempt)
                wait = policy.retryableStatuses.contains(response.status.code) && request.isRetryable
                    ? retryAfterWait(response.head.headerFields, failure: failure, retry: attempt)
                    : nil
            } catch let error as OpenServicesError {
                if error.code == .cancelled { throw error.filling(service: context.service, operation: context.operation, attempts: attempt) }
                if error.code == .attemptTimeout, attemptContext.attemptDeadline == deadline {
                    throw deadlineExceeded(context, attempts: attempt)
                }
                failure = error.filling(service: context.service, operation: context.operation, attempts: attempt)
                wait = isRetryable(error, request) ? policy.backoff.delay(forRetry: attempt) : nil
            } catch is CancellationError {
                throw cancelled(context, attempts: attempt)
            }

            guard let wait, attempt < policy.maximumAttempts else { throw failure }
            guard clock.now + wait < deadline else { throw failure }
            guard budgets.budget(for: host).withdraw() else {
                var exhausted = failure
                exhausted.remediation = "Retries to this host are paused because its retry budget is exhausted (the service keeps failing). "
                    + (failure.remediation ?? "")
                throw exhausted
            }
            do {
                try await clock.sleep(for: wait)
            } catch {
                throw cancelled(context, attempts: attempt)
            }
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
