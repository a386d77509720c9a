import Crypto
public import Foundation

/// Signs a ZGW JWT (HS256) for every call, as the ZGW APIs (Open Zaak and others) require.
///
/// The token carries `iss` and `client_id` (the client id), `iat`, and optionally `user_id` and
/// `user_representation`. `iat` is set ``issuedAtOffset`` in the past (default 5 s), because
/// providers such as Open Zaak reject tokens issued in the future and the clocks of two servers
/// never agree exactly.
///
/// The token is signed with swift-crypto's HMAC-SHA256 directly: ZGW secrets are often shorter
/// than the 32 bytes that general JWT libraries insist on for HS256, and the providers accept them.
///
/// ```swift
/// let provider = try ZGWJWTProvider(clientID: "openservices-demo", secret: Secret(secretFromVault),
///                                   userID: "medewerker-042", userRepresentation: "A. de Vries")
/// ```
public struct ZGWJWTProvider: CredentialProvider {
    /// The client id (`iss` and `client_id`).
    public let clientID: String
    /// The user the calls are made for (`user_id`), if any.
    public let userID: String?
    /// The user's display name (`user_representation`), if any.
    public let userRepresentation: String?
    /// How far in the past `iat` is set.
    public let issuedAtOffset: Duration
    private let key: SymmetricKey
    private let now: @Sendable () -> Date

    /// Creates a provider.
    ///
    /// - Parameters:
    ///   - clientID: The client id the provider registered (Autorisaties API `applicatie.clientIds`).
    ///   - secret: The shared secret.
    ///   - userID: The `user_id` claim.
    ///   - userRepresentation: The `user_representation` claim.
    ///   - issuedAtOffset: How far in the past `iat` is set (default 5 s).
    ///   - now: The wall clock (for tests).
    /// - Throws: ``OpenServicesError`` (configuration) when the client id or secret is empty.
    public init(
        clientID: String, secret: Secret, userID: String? = nil, userRepresentation: String? = nil,
        issuedAtOffset: Duration = .seconds(5), now: @escaping @Sendable () -> Date = { Date() }
    ) throws {
        guard !clientID.isEmpty, !secret.isEmpty else {
            throw OpenServicesError(
                .invalidConfiguration,
                "A ZGW JWT needs a client id and a secret; \(clientID.isEmpty ? "the client id" : "the secret") is empty.",
                remediation: "Set OPENSERVICES_<SERVICE>_CLIENT_ID and OPENSERVICES_<SERVICE>_CLIENT_SECRET.")
        }
        self.clientID = clientID
        self.userID = userID
        self.userRepresentation = userRepresentation
        self.issuedAtOffset = issuedAtOffset
        self.now = now
        key = SymmetricKey(data: Data(secret.reveal().utf8))
    }

    /// A freshly signed `Authorization: Bearer <jwt>`.
    public func credential(for context: OperationContext) async throws -> Credential {
        Credential(.authorization, "Bearer \(try token())")
    }

    /// A freshly signed token.
    public func token() throws -> String {
        let offset = Double(issuedAtOffset.components.seconds) + Double(issuedAtOffset.components.attoseconds) / 1e18
        let claims = Claims(
            iss: clientID,
            iat: Int((now().timeIntervalSince1970 - offset).rounded(.down)),
            client_id: clientID,
            user_id: userID ?? "",
            user_representation: userRepresentation ?? "")
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let header = Self.base64URL(Data(#"{"alg":"HS256","typ":"JWT"}"#.utf8))
        let payload = Self.base64URL(try encoder.encode(claims))
        let signingInput = header + "." + payload
        let signature = HMAC<SHA256>.authenticationCode(for: Data(signingInput.utf8), using: key)
        return signingInput + "." + Self.base64URL(Data(signature))
    }

    /// `ZGW JWT (client 'x')`.
    public var description: String { "ZGW JWT (client '\(clientID)')" }

    private struct Claims: Encodable {
        var iss: String
        var iat: Int
        var client_id: String
        var user_id: String
        var user_representation: String
    }

    static func base64URL(_ data: Data) -> String {
        data.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
