public import CoreMetrics
public import Tracing

/// Where a pipeline sends its metrics and spans.
///
/// By default the globally bootstrapped `MetricsSystem` and `InstrumentationSystem` are used;
/// OpenServices never bootstraps them itself. Tests (and hosts with several backends) can pass
/// their own factory and tracer.
///
/// Metrics (dimensions `service` and `operation`, both chosen by OpenServices, so label
/// cardinality is bounded):
/// - `openservices_requests_total` — calls started;
/// - `openservices_errors_total` — failed calls, with a `category` dimension;
/// - `openservices_attempts_total` — attempts sent (retries included);
/// - `openservices_request_duration_seconds` — call duration (timer).
public struct Telemetry: Sendable {
    /// The metrics backend; `nil` uses `MetricsSystem.factory`.
    public var metricsFactory: (any MetricsFactory)?
    /// The tracer; `nil` uses `InstrumentationSystem.tracer` as bootstrapped when the pipeline is created.
    public var tracer: (any Tracer)?

    /// Creates telemetry settings.
    public init(metricsFactory: (any MetricsFactory)? = nil, tracer: (any Tracer)? = nil) {
        self.metricsFactory = metricsFactory
        self.tracer = tracer
    }

    var resolvedTracer: any Tracer { tracer ?? InstrumentationSystem.tracer }
}
