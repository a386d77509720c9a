/// The pipeline stage that adds a provider's credential to every call, and re-authenticates once
/// when the service answers 401.
///
/// ```swift
/// let pipeline = Pipeline(connector: HTTPConnector(), credentials: CredentialStage(provider))
/// ```
public struct CredentialStage: Stage {
    /// The provider.
    public let provider: any CredentialProvider

    /// Creates the stage.
    public init(_ provider: any CredentialProvider) { self.provider = provider }

    /// Adds the credential, and on a 401 invalidates it and tries once more with a fresh one.
    public func handle(_ request: ServiceRequest, context: OperationContext, next: Next) async throws -> ServiceResponse {
        let credential = try await obtain(context)
        do {
            return try await next(authorised(request, credential), context)
        } catch let error as OpenServicesError where error.status?.code == 401 {
            await provider.invalidate(credential)
            let fresh = try await obtain(context)
            guard fresh != credential else { throw error }
            context.logger.debug("OpenServices re-authenticated after HTTP 401")
            return try await next(authorised(request, fresh), context)
        }
    }

    private func authorised(_ request: ServiceRequest, _ credential: Credential) -> ServiceRequest {
        var request = request
        credential.apply(to: &request.head.headerFields)
        return request
    }

    private func obtain(_ context: OperationContext) async throws -> Credential {
        do {
            return try await provider.credential(for: context)
        } catch var error as OpenServicesError {
            if error.category != .cancelled && error.category != .authentication {
                error = OpenServicesError(
                    .credentialUnavailable, "The credential provider \(provider) failed: \(error.message)",
                    remediation: error.remediation, status: error.status, underlying: error)
            }
            throw error.filling(service: context.service, operation: context.operation, attempts: nil)
        }
    }
}
