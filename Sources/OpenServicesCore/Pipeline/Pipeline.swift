import Foundation

/// The fixed chain of stages every call passes, ending in a connector.
///
/// The order is always telemetry → policy → audit → credentials → retry → connector
/// (see `Documentation/Architecture.md` for why). Policy, audit and credentials are optional
/// seams; telemetry and retry are always present.
///
/// ```swift
/// let pipeline = Pipeline(connector: HTTPConnector(), retry: RetryPolicy(maximumAttempts: 4))
/// let response = try await pipeline.execute(request, context: OperationContext(service: "bag", operation: "adressen.zoeken"))
/// ```
public struct Pipeline: Sendable {
    let stages: [any Stage]
    let connector: any Connector
    let clock: any PipelineClock
    /// The retry policy the pipeline was made with.
    public let retryPolicy: RetryPolicy

    /// Creates a pipeline.
    ///
    /// - Parameters:
    ///   - connector: The transport.
    ///   - telemetry: Logging, metrics and tracing settings.
    ///   - policy: The policy stage (decides before anything is sent), if any.
    ///   - audit: The audit stage (records every processing of personal data), if any.
    ///   - credentials: The stage that adds credentials, if the service needs any.
    ///   - retry: The retry policy.
    ///   - clock: The clock for deadlines and backoff.
    public init(
        connector: any Connector,
        telemetry: Telemetry = Telemetry(),
        policy: (any Stage)? = nil,
        audit: (any Stage)? = nil,
        credentials: (any Stage)? = nil,
        retry: RetryPolicy = .default,
        clock: any PipelineClock = SystemPipelineClock.shared
    ) {
        var stages: [any Stage] = [TelemetryStage(telemetry)]
        if let policy { stages.append(policy) }
        if let audit { stages.append(audit) }
        if let credentials { stages.append(credentials) }
        stages.append(RetryStage(policy: retry, telemetry: telemetry))
        self.stages = stages
        self.connector = connector
        self.clock = clock
        self.retryPolicy = retry
    }

    /// Runs `request` through every stage and returns the successful (2xx or 3xx) response.
    ///
    /// - Throws: ``OpenServicesError`` for every failure, including error statuses from the service.
    public func execute(_ request: ServiceRequest, context: OperationContext) async throws -> ServiceResponse {
        var context = context
        context.clock = clock
        context.callID = UUID.version7()
        context.deadline = clock.now + (context.timeout ?? retryPolicy.overallTimeout)
        do {
            return try await run(from: 0, request, context)
        } catch is CancellationError {
            throw OpenServicesError(.cancelled, "The call was cancelled.", service: context.service, operation: context.operation)
        }
    }

    func run(from index: Int, _ request: ServiceRequest, _ context: OperationContext) async throws -> ServiceResponse {
        if index < stages.count {
            return try await stages[index].handle(request, context: context, next: Next(pipeline: self, index: index + 1))
        }
        return try await connector.send(request, context: context)
    }
}
