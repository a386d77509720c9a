public import Foundation

/// The settings of an OAuth2 client-credentials grant (RFC 6749 §4.4).
///
/// ```swift
/// let settings = OAuth2ClientCredentials(
///     tokenURL: URL(string: "https://auth.example.rvig.nl/oauth2/token")!,
///     clientID: "gemeente-voorbeeld",
///     clientSecret: Secret(secretFromVault),
///     scope: "brp-personen",
///     extraParameters: ["resourceServer": "ResourceServer01"])
/// ```
public struct OAuth2ClientCredentials: Sendable, Hashable, CustomStringConvertible {
    /// How the client authenticates at the token endpoint.
    public enum ClientAuthentication: String, Sendable, Hashable {
        /// `client_id` and `client_secret` in the form body.
        case formBody
        /// HTTP Basic with the client id and secret (RFC 6749 §2.3.1).
        case basic
    }

    /// The token endpoint.
    public var tokenURL: URL
    /// The client id.
    public var clientID: String
    /// The client secret.
    public var clientSecret: Secret
    /// The requested scope, if any.
    public var scope: String?
    /// Extra form parameters the token endpoint requires, such as RvIG's `resourceServer`.
    public var extraParameters: [String: String]
    /// How the client authenticates; default ``ClientAuthentication/formBody``.
    public var authentication: ClientAuthentication
    /// The lifetime assumed when the endpoint sends no `expires_in` (default 5 minutes).
    public var defaultLifetime: Duration

    /// Creates the settings.
    public init(
        tokenURL: URL, clientID: String, clientSecret: Secret, scope: String? = nil,
        extraParameters: [String: String] = [:], authentication: ClientAuthentication = .formBody,
        defaultLifetime: Duration = .seconds(300)
    ) {
        self.tokenURL = tokenURL
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.scope = scope
        self.extraParameters = extraParameters
        self.authentication = authentication
        self.defaultLifetime = defaultLifetime
    }

    /// `client 'x' at https://…/token`; never the secret, and query values hidden.
    public var description: String {
        "client '\(clientID)' at \(Redaction.redactQuery(tokenURL.absoluteString))"
    }

    /// The `application/x-www-form-urlencoded` body of the token request.
    func formBody() -> String {
        var parameters: [(String, String)] = [("grant_type", "client_credentials")]
        if authentication == .formBody {
            parameters.append(("client_id", clientID))
            parameters.append(("client_secret", clientSecret.reveal()))
        }
        if let scope { parameters.append(("scope", scope)) }
        parameters += extraParameters.sorted { $0.key < $1.key }
        return parameters.map { "\(Self.formEncode($0.0))=\(Self.formEncode($0.1))" }.joined(separator: "&")
    }

    /// `application/x-www-form-urlencoded` encoding (unreserved characters kept, space as `+`).
    static func formEncode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~ ")
        let encoded = text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
        return encoded.replacingOccurrences(of: " ", with: "+")
    }
}
