public import HTTPTypes

/// A static API key sent in a named header.
///
/// ```swift
/// let bag = APIKeyProvider(header: "X-Api-Key", key: Secret(apiKeyFromVault))   // BAG
/// let kvk = APIKeyProvider(header: "apikey", key: Secret(kvkKey))                // KVK
/// ```
public struct APIKeyProvider: CredentialProvider {
    /// The header the key is sent in.
    public let header: HTTPField.Name
    private let credential: Credential

    /// Creates a provider.
    ///
    /// - Parameters:
    ///   - header: The header name, e.g. `X-Api-Key` (BAG) or `apikey` (KVK).
    ///   - key: The API key.
    /// - Throws: ``OpenServicesError`` (configuration) when the header name is invalid or the key empty.
    public init(header: String, key: Secret) throws {
        guard let name = HTTPField.Name(header) else {
            throw OpenServicesError(
                .invalidConfiguration, "'\(header)' is not a valid HTTP header name for an API key.",
                remediation: "Use the header name the service documents, e.g. X-Api-Key (BAG) or apikey (KVK).")
        }
        guard !key.isEmpty else {
            throw OpenServicesError(
                .invalidConfiguration, "The API key for header \(header) is empty.",
                remediation: "Set the service's API key (OPENSERVICES_<SERVICE>_API_KEY).")
        }
        self.header = name
        self.credential = Credential(name, key.reveal())
    }

    /// The key in its header.
    public func credential(for context: OperationContext) async throws -> Credential { credential }

    /// `API key in header X-Api-Key`.
    public var description: String { "API key in header \(header.rawName)" }
}
