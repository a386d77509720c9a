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
        let context = started(context)
        // With nothing to measure (no metrics backend, no tracer, logger above debug) the telemetry stage
        // would only log a failure: that is done here, and the call starts at the stage after it.
        let observed = chain.telemetry.observes(context)
        do {
            let first = observed ? 0 : chain.afterTelemetry
            guard first == Chain.retryPosition else { return try await chain.run(from: first, request, context) }
            // No seams and nothing to observe: straight to the retry stage, one async frame fewer.
            return try await chain.retry.handle(request, context: context, next: Next(chain: chain, index: Chain.connectorPosition))
        } catch {
            throw observed ? Self.finished(error, context) : chain.telemetry.unobservedFailure(error, context: context)
        }
    }

    /// The context of a call that starts now: the pipeline's clock, a call id and the overall deadline.
    @inline(never)
    private func started(_ context: OperationContext) -> OperationContext {
        var context = context
        context.clock = chain.clock
        context.callID = UUID.version7()
        context.deadline = chain.clock.now + (context.timeout ?? chain.retryPolicy.overallTimeout)
        return context
    }

    /// The error of a call the telemetry stage has seen: a cancellation as ``OpenServicesError``, anything
    /// else as it is (boxed here, so that ``execute(_:context:)`` keeps no room for it).
    @inline(never)
    private static func finished(_ error: any Error, _ context: OperationContext) -> any Error {
        guard error is CancellationError else { return error }
        return OpenServicesError(.cancelled, "The call was cancelled.", service: context.service, operation: context.operation)
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
        /// For each position (0 telemetry, 1 policy, 2 audit, 3 credentials, 4 retry), the position that
        /// runs after it: absent seams are skipped once, here, instead of on every call.
        private let successors: (Int, Int, Int, Int, Int)
        var retryPolicy: RetryPolicy { retry.policy }
        /// The position that runs after telemetry.
        var afterTelemetry: Int { successors.0 }
        /// The position of the retry stage, the last stage.
        static let retryPosition = 4
        /// The position of the connector, after every stage.
        static let connectorPosition = 5

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
            let afterCredentials = Self.retryPosition
            let afterAudit = credentials == nil ? afterCredentials : 3
            let afterPolicy = audit == nil ? afterAudit : 2
            let afterTelemetry = policy == nil ? afterPolicy : 1
            self.successors = (afterTelemetry, afterPolicy, afterAudit, afterCredentials, Self.connectorPosition)
        }

        /// Runs the stage at position `index` (one that is present, or 5 for the connector) with the rest of
        /// the pipeline as its `next`.
        ///
        /// Four call sites, not one per position: every call site of an async function takes room in its
        /// frame, and this frame is allocated once per stage of every call.
        @inline(never)  // inlined into the stages that call `next`, it would enlarge each of their frames
        func run(from index: Int, _ request: ServiceRequest, _ context: OperationContext) async throws -> ServiceResponse {
            switch index {
            case 0:
                return try await telemetry.handle(request, context: context, next: Next(chain: self, index: successors.0))
            case 4:
                return try await retry.handle(request, context: context, next: Next(chain: self, index: successors.4))
            case 1, 2, 3:
                return try await seam(at: index).handle(request, context: context, next: Next(chain: self, index: successor(of: index)))
            default:
                return try await connector.send(request, context: context)
            }
        }

        /// The policy, audit or credentials stage; only asked for positions that ``successors`` lead to.
        private func seam(at index: Int) -> any Stage {
            switch index {
            case 1: policy!
            case 2: audit!
            default: credentials!
            }
        }

        private func successor(of index: Int) -> Int {
            switch index {
            case 1: successors.1
            case 2: successors.2
            default: successors.3
            }
        }
    }
}
