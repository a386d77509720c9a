import CoreMetrics
import Logging
import Tracing

/// The first stage: one span per operation, the call's metrics, and a logger with
/// `openservices.*` metadata. Nothing secret or personal is logged.
///
/// The hot path is kept lean: the tracer and the metrics backend are resolved once, and a call makes no
/// span when the tracer is the no-op one and looks up no metric handles when the metrics backend is the
/// no-op one (nothing bootstrapped); span attributes are only built for a recording span, and logger
/// metadata only when the logger would log at debug level.
struct TelemetryStage: Stage {
    let tracer: any Tracer
    /// Whether spans are made: not when the tracer is the no-op tracer (nothing bootstrapped).
    let tracing: Bool
    /// The metric handles; `nil` when the metrics backend is the no-op one (nothing bootstrapped).
    let registry: OperationMetricsRegistry?

    init(_ telemetry: Telemetry) {
        self.tracer = telemetry.resolvedTracer
        self.tracing = !(tracer is NoOpTracer)
        let factory = telemetry.metricsFactory ?? MetricsSystem.factory
        self.registry = factory is NOOPMetricsHandler ? nil : OperationMetricsRegistry(factory: factory)
    }

    /// Whether a call has anything to measure: a metrics backend, a tracer, or a logger at debug level.
    /// When it has not, ``Pipeline/execute(_:context:)`` does not run this stage and reports a failure with
    /// ``unobservedFailure(_:context:)`` itself.
    func observes(_ context: OperationContext) -> Bool {
        registry != nil || tracing || context.logLevel <= .debug
    }

    /// A failure of an unmeasured call, logged (at info) and normalised; boxed here, so the caller's frame
    /// keeps no room for it.
    @inline(never)
    func unobservedFailure(_ error: any Error, context: OperationContext) -> any Error {
        failed(error, context: context, span: nil, metrics: nil, start: nil, verbose: false)
    }

    /// Measures the call with metrics, a span or debug logging, whichever are on. With none on it only
    /// reports a failure, as ``unobservedFailure(_:context:)`` does.
    func handle(_ request: ServiceRequest, context: OperationContext, next: Next) async throws -> ServiceResponse {
        let metrics = registry?.metrics(service: context.service, operation: context.operation)
        metrics?.requests.increment()
        let verbose = context.logLevel <= .debug
        var context = context
        context.metrics = metrics
        if verbose {
            for (key, value) in Self.metadata(context) { context.logger[metadataKey: key] = value }
            context.logger.debug("OpenServices call started", metadata: ["openservices.request": "\(request)"])
        }
        guard tracing else {
            return try await observe(request, context: context, next: next, span: nil, metrics: metrics, verbose: verbose)
        }
        return try await tracer.withSpan(metrics?.spanName ?? "\(context.service).\(context.operation)", ofKind: .client) { span in
            let recording = span.isRecording
            if recording {
                span.attributes["openservices.service"] = context.service
                span.attributes["openservices.operation"] = context.operation
                span.attributes["http.request.method"] = request.head.method.rawValue
            }
            return try await observe(request, context: context, next: next, span: span, metrics: metrics, verbose: verbose)
        }
    }

    /// Runs the rest of the pipeline and records its outcome: the duration, span attributes and a debug line
    /// on success when verbose; a failure through ``failed(_:context:span:metrics:start:verbose:)``.
    private func observe(
        _ request: ServiceRequest, context: OperationContext, next: Next, span: (any Span)?,
        metrics: OperationMetrics?, verbose: Bool
    ) async throws -> ServiceResponse {
        let recording = span?.isRecording ?? false
        let start = metrics != nil || verbose ? context.clock.now : nil
        do {
            let response = try await next(request, context)
            if let start {
                let elapsed = context.clock.now - start
                metrics?.duration.recordNanoseconds(elapsed.nanoseconds)
                if verbose {
                    context.logger.debug(
                        "OpenServices call succeeded",
                        metadata: [
                            "openservices.status": "\(response.status.code)",
                            "openservices.duration_ms": "\(elapsed.milliseconds)",
                        ])
                }
            }
            if recording { span?.attributes["http.response.status_code"] = Int(response.status.code) }
            return response
        } catch {
            throw failed(error, context: context, span: span, metrics: metrics, start: start, verbose: verbose)
        }
    }

    /// Records a failed call — duration, error metric, span status and attributes, an info line — and returns
    /// the error as an ``OpenServicesError`` with the call's service and operation.
    private func failed(
        _ error: any Error, context: OperationContext, span: (any Span)?, metrics: OperationMetrics?, start: Duration?,
        verbose: Bool
    ) -> OpenServicesError {
        let failure = Self.normalise(error, context: context)
        if let start, let metrics {
            metrics.duration.recordNanoseconds((context.clock.now - start).nanoseconds)
        }
        metrics?.recordError(failure.category)
        span?.setStatus(SpanStatus(code: .error, message: failure.code.rawValue))
        if let span, span.isRecording {
            span.attributes["openservices.error.code"] = failure.code.rawValue
            if let status = failure.status { span.attributes["http.response.status_code"] = Int(status.code) }
        }
        var metadata = verbose ? [:] : Self.metadata(context)
        metadata["openservices.error"] = "\(failure)"
        metadata["openservices.error.category"] = "\(failure.category)"
        context.logger.info("OpenServices call failed", metadata: metadata)
        return failure
    }

    /// The `openservices.*` metadata of a call: service, operation, correlation or call id, purpose.
    static func metadata(_ context: OperationContext) -> Logger.Metadata {
        var metadata: Logger.Metadata = [
            "openservices.service": .string(context.service),
            "openservices.operation": .string(context.operation),
        ]
        if let correlation = context.access.correlationID ?? context.callID?.uuidString.lowercased() {
            metadata["openservices.correlation_id"] = .string(correlation)
        }
        if let purpose = context.access.purpose { metadata["openservices.purpose"] = .string(purpose) }
        return metadata
    }

    /// Every failure leaves the pipeline as an `OpenServicesError` with the call's service and operation.
    static func normalise(_ error: any Error, context: OperationContext) -> OpenServicesError {
        switch error {
        case let error as OpenServicesError:
            return error.filling(service: context.service, operation: context.operation, attempts: nil)
        case is CancellationError:
            return OpenServicesError(.cancelled, "The call was cancelled.", service: context.service, operation: context.operation)
        default:
            return OpenServicesError(
                .unexpectedStatus, "A pipeline stage failed with an error of type \(type(of: error)).",
                remediation: "A stage or connector added to the pipeline threw an error of its own; make it throw OpenServicesError with a code that fits.",
                service: context.service, operation: context.operation, underlying: SendableErrorBox(error))
        }
    }
}

/// Carries a non-`Sendable`-typed error as the ``OpenServicesError/underlying`` cause.
struct SendableErrorBox: Error, Sendable, CustomStringConvertible {
    let description: String
    init(_ error: any Error) { description = String(describing: type(of: error)) }
}

extension Duration {
    var nanoseconds: Int64 {
        components.seconds * 1_000_000_000 + components.attoseconds / 1_000_000_000
    }

    var milliseconds: Int64 {
        components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000
    }
}
