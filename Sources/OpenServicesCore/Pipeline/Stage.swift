/// One step of the call pipeline.
///
/// A stage may change the request, decide not to call ``Next`` (the policy stage on a deny), call it
/// more than once (the retry stage), or inspect and transform the response.
///
/// ```swift
/// struct HeaderStage: Stage {
///     func handle(_ request: ServiceRequest, context: OperationContext, next: Next) async throws -> ServiceResponse {
///         var request = request
///         request.head.headerFields[.userAgent] = "my-agency/1.0"
///         return try await next(request, context)
///     }
/// }
/// ```
public protocol Stage: Sendable {
    /// Handles the request, usually by passing it on to `next`.
    func handle(_ request: ServiceRequest, context: OperationContext, next: Next) async throws -> ServiceResponse
}

/// The rest of the pipeline after a stage.
public struct Next: Sendable {
    let chain: Pipeline.Chain
    let index: Int

    /// Runs the remaining stages and the connector.
    public func callAsFunction(_ request: ServiceRequest, _ context: OperationContext) async throws -> ServiceResponse {
        // The connector directly when it is next: one async frame fewer on every attempt.
        if index == Pipeline.Chain.connectorPosition { return try await chain.connector.send(request, context: context) }
        return try await chain.run(from: index, request, context)
    }
}
