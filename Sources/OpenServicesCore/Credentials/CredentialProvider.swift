/// Supplies the credential a service call needs.
///
/// OpenServices ships providers for every scheme the Dutch government services use:
/// ``APIKeyProvider`` (BAG `X-Api-Key`, KVK `apikey`), ``BearerTokenProvider``,
/// ``OAuth2ClientCredentialsProvider`` (RvIG's BRP), ``ZGWJWTProvider`` (Open Zaak and other ZGW
/// providers) and ``CredentialChain``. Implement it to plug in your own (a vault, a token broker).
///
/// A provider's `description` names it and its non-secret settings (token URL, client id), so it
/// can appear in errors; it never contains a secret.
public protocol CredentialProvider: Sendable, CustomStringConvertible {
    /// The credential for one call.
    ///
    /// - Throws: ``OpenServicesError`` with category ``OpenServicesError/Category/authentication``
    ///   when no credential can be obtained.
    func credential(for context: OperationContext) async throws -> Credential

    /// Called when the service rejected `credential` with HTTP 401: drop it from any cache so that
    /// the next ``credential(for:)`` obtains a fresh one. The default does nothing.
    func invalidate(_ credential: Credential) async
}

extension CredentialProvider {
    /// Does nothing: static credentials cannot be refreshed.
    public func invalidate(_ credential: Credential) async {}
}
