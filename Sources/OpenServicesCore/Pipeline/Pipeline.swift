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
    /// The stages and the connector, in one immutable object: a ``Next`` refers to it with a single reference.
    let chain: Chain
    /// The retry policy the pipeline was made with.
    public var retryPolicy: RetryPolicy { chain.retryPolicy }

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
        self.chain = Chain(
            telemetry: TelemetryStage(telemetry), policy: policy, audit: audit, credentials: credentials,
            retry: RetryStage(policy: retry, telemetry: telemetry), connector: connector, clock: clock)
    }

    /// Runs `request` through every stage and returns the successful (2xx or 3xx) response.
    ///
    /// - Throws: ``OpenServicesError`` for every failure, including error statuses from the service.
    public func execute(_ request: ServiceRequest, context: OperationContext) async throws -> ServiceResponse {
        var context = context
        context.clock = chain.clock
        context.callID = UUID.version7()
        context.deadline = chain.clock.now + (context.timeout ?? chain.retryPolicy.overallTimeout)
        do {
            return try await chain.run(from: 0, request, context)
        } catch is CancellationError {
            throw OpenServicesError(.cancelled, "The call was cancelled.", service: context.service, operation: context.operation)
        }
    }
}

extension Pipeline {
    /// What a pipeline is made of. One shared object per pipeline, never changed, so that passing the rest
    /// of the pipeline to a stage costs one reference, not a copy of every part.
    ///
    /// The stages are stored properties in their fixed order rather than an array of existentials, so that
    /// calling the built-in ones copies nothing.
    final class Chain: Sendable {
        let telemetry: TelemetryStage
        let policy: (any Stage)?
        let audit: (any Stage)?
        let credentials: (any Stage)?
        let retry: RetryStage
        let connector: any Connector
        let clock: any PipelineClock
        var retryPolicy: RetryPolicy { retry.policy }

        init(
            telemetry: TelemetryStage, policy: (any Stage)?, audit: (any Stage)?, credentials: (any Stage)?,
            retry: RetryStage, connector: any Connector, clock: any PipelineClock
        ) {
            self.telemetry = telemetry
            self.policy = policy
            self.audit = audit
            self.credentials = credentials
            self.retry = retry
            self.connector = connector
            self.clock = clock
        }

        /// Runs the stages from position `index` on (0 telemetry, 1 policy, 2 audit, 3 credentials, 4 retry),
        /// skipping absent seams, then the connector.
        func run(from index: Int, _ request: ServiceRequest, _ context: OperationContext) async throws -> ServiceResponse {
            var index = index
            while true {
                let next = Next(chain: self, index: index + 1)
                switch index {
                case 0: return try await telemetry.handle(request, context: context, next: next)
                case 1: if let policy { return try await policy.handle(request, context: context, next: next) }
                case 2: if let audit { return try await audit.handle(request, context: context, next: next) }
                case 3: if let credentials { return try await credentials.handle(request, context: context, next: next) }
                case 4: return try await retry.handle(request, context: context, next: next)
                default: return try await connector.send(request, context: context)
                }
                index += 1
            }
        }
    }
}
