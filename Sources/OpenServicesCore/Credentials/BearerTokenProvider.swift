/// A static bearer token, sent as `Authorization: Bearer <token>`.
///
/// ```swift
/// let provider = try BearerTokenProvider(token: Secret(tokenFromVault))
/// ```
public struct BearerTokenProvider: CredentialProvider {
    private let credential: Credential

    /// Creates a provider.
    ///
    /// - Throws: ``OpenServicesError`` (configuration) when the token is empty.
    public init(token: Secret) throws {
        guard !token.isEmpty else {
            throw OpenServicesError(
                .invalidConfiguration, "The bearer token is empty.",
                remediation: "Set the token (OPENSERVICES_<SERVICE>_TOKEN).")
        }
        credential = Credential(.authorization, "Bearer \(token.reveal())")
    }

    /// The token in the `Authorization` header.
    public func credential(for context: OperationContext) async throws -> Credential { credential }

    /// `static bearer token`.
    public var description: String { "static bearer token" }
}
