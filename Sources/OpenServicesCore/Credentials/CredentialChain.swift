/// Tries providers in order and uses the first that supplies a credential.
///
/// When every provider fails, the error names each provider and its reason:
///
/// ```swift
/// let chain = CredentialChain([vaultProvider, try APIKeyProvider(header: "X-Api-Key", key: fallbackKey)])
/// ```
public struct CredentialChain: CredentialProvider {
    /// The providers, in the order they are tried.
    public let providers: [any CredentialProvider]

    /// Creates a chain.
    public init(_ providers: [any CredentialProvider]) { self.providers = providers }

    /// The first credential a provider supplies.
    ///
    /// - Throws: ``OpenServicesError`` (``OpenServicesError/Code-swift.struct/credentialUnavailable``)
    ///   listing every provider's reason, or `CancellationError`.
    public func credential(for context: OperationContext) async throws -> Credential {
        var reasons: [String] = []
        for provider in providers {
            do {
                return try await provider.credential(for: context)
            } catch is CancellationError {
                throw CancellationError()
            } catch let error as OpenServicesError {
                reasons.append("\(provider): \(error.message)")
            } catch {
                reasons.append("\(provider): \(type(of: error))")
            }
        }
        throw OpenServicesError(
            .credentialUnavailable,
            "No credential provider could supply a credential. "
                + (reasons.isEmpty ? "The chain is empty." : reasons.enumerated().map { "(\($0.offset + 1)) \($0.element)" }.joined(separator: " ")),
            remediation: "Fix the configuration of at least one of the providers listed.")
    }

    /// Passes the invalidation to every provider.
    public func invalidate(_ credential: Credential) async {
        for provider in providers { await provider.invalidate(credential) }
    }

    /// `chain(first, second)`.
    public var description: String { "chain(" + providers.map(\.description).joined(separator: ", ") + ")" }
}
