public import Foundation
public import OpenServicesCore

/// Everything OpenServices needs to reach one service: its API root, how it authenticates, the TLS
/// material and an optional FSC outway.
///
/// Usually read from the environment and a file by ``OpenServicesConfiguration``. Its
/// ``description`` lists the settings without any secret.
public struct ServiceSettings: Sendable, CustomStringConvertible {
    /// How a service authenticates calls.
    public enum Authentication: Sendable, CustomStringConvertible {
        /// No credential.
        case none
        /// An API key in a header.
        case apiKey(header: String, key: Secret)
        /// A static bearer token.
        case bearer(Secret)
        /// OAuth2 client credentials.
        case oauth2(OAuth2ClientCredentials)
        /// A ZGW JWT signed with a shared secret.
        case zgwJWT(clientID: String, secret: Secret)

        /// The scheme's configuration name: `none`, `apikey`, `bearer`, `oauth2`, `zgw-jwt`.
        public var description: String {
            switch self {
            case .none: "none"
            case .apiKey(let header, _): "apikey (header \(header))"
            case .bearer: "bearer"
            case .oauth2(let settings): "oauth2 (\(settings))"
            case .zgwJWT(let clientID, _): "zgw-jwt (client '\(clientID)')"
            }
        }
    }

    /// The TLS material for the connection (mutual TLS and trust anchors), as file paths.
    public struct TLSFiles: Sendable, Hashable, CustomStringConvertible {
        /// PEM file with the client certificate chain (leaf first), for mTLS.
        public var clientCertificate: String?
        /// PEM file with the client's private key, for mTLS.
        public var clientKey: String?
        /// The passphrase of an encrypted private key.
        public var clientKeyPassword: Secret?
        /// PEM file with the trust anchors for this service (e.g. Staat der Nederlanden Private Root CA – G1).
        public var caBundle: String?

        /// Creates TLS settings.
        public init(clientCertificate: String? = nil, clientKey: String? = nil, clientKeyPassword: Secret? = nil, caBundle: String? = nil) {
            self.clientCertificate = clientCertificate
            self.clientKey = clientKey
            self.clientKeyPassword = clientKeyPassword
            self.caBundle = caBundle
        }

        /// Whether a client identity (mTLS) is configured.
        public var hasClientIdentity: Bool { clientCertificate != nil }

        /// The paths, never the passphrase.
        public var description: String {
            var parts: [String] = []
            if let clientCertificate { parts.append("client certificate \(clientCertificate)") }
            if let clientKey { parts.append("client key \(clientKey)\(clientKeyPassword == nil ? "" : " (encrypted)")") }
            if let caBundle { parts.append("CA bundle \(caBundle)") }
            return parts.isEmpty ? "system trust store" : parts.joined(separator: ", ")
        }
    }

    /// The service.
    public var service: ServiceName
    /// The API root, as the spec's server URL (the client appends the operation paths).
    public var url: URL
    /// How calls authenticate.
    public var authentication: Authentication
    /// TLS material, if any.
    public var tls: TLSFiles
    /// The FSC outway to route calls through, if any.
    public var fscOutway: URL?
    /// The grant hash of the service's FSC contract (required with ``fscOutway``).
    public var fscGrantHash: String?
    /// Other API roots the provider names its resources under (`_RESOURCE_ROOTS`, comma-separated), which
    /// ZGW clients map onto ``url``: e.g. the internal URL a provider behind an FSC inway or a proxy uses
    /// in the resource URLs it returns.
    public var resourceRoots: [URL]

    /// Creates settings.
    public init(
        service: ServiceName, url: URL, authentication: Authentication = .none, tls: TLSFiles = TLSFiles(),
        fscOutway: URL? = nil, fscGrantHash: String? = nil, resourceRoots: [URL] = []
    ) {
        self.service = service
        self.url = url
        self.authentication = authentication
        self.tls = tls
        self.fscOutway = fscOutway
        self.fscGrantHash = fscGrantHash
        self.resourceRoots = resourceRoots
    }

    /// `bag: https://… auth apikey (header X-Api-Key), system trust store`.
    public var description: String {
        var text = "\(service): \(url.absoluteString), auth \(authentication), \(tls)"
        if let fscOutway { text += ", via FSC outway \(fscOutway.absoluteString)" }
        if !resourceRoots.isEmpty { text += ", resource roots " + resourceRoots.map(\.absoluteString).joined(separator: ", ") }
        return text
    }
}
