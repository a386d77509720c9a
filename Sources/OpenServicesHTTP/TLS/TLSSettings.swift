public import OpenServicesCore

/// The TLS settings of a connection: the client identity for mutual TLS (PKIoverheid), the trust
/// anchors, and the minimum protocol version.
///
/// Hostname verification is always on. Certificate verification can only be switched off with
/// ``insecureNoVerificationForTestsOnly()``, which logs a warning on every call.
///
/// ```swift
/// // KVK: an API key over TLS that chains to the Staat der Nederlanden Private Root CA – G1.
/// let kvk = TLSSettings(trustAnchors: "/etc/openservices/staat-der-nederlanden-private-root-g1.pem")
///
/// // BRP via RvIG: mutual TLS with the organisation's PKIoverheid certificate.
/// let brp = TLSSettings(clientIdentity: .init(
///     certificateChain: "/etc/openservices/pkio-chain.pem",
///     privateKey: "/etc/openservices/pkio-key.pem",
///     passphrase: Secret(passphraseFromVault)))
/// ```
public struct TLSSettings: Sendable, Hashable, CustomStringConvertible {
    /// A client certificate chain and its private key, both PEM files.
    public struct ClientIdentity: Sendable, Hashable {
        /// PEM file with the client certificate first, then its intermediates.
        public var certificateChain: String
        /// PEM file with the private key (PKCS#8, PKCS#1 or SEC1; encrypted if ``passphrase`` is set).
        public var privateKey: String
        /// The passphrase of an encrypted private key.
        public var passphrase: Secret?

        /// Creates a client identity.
        public init(certificateChain: String, privateKey: String, passphrase: Secret? = nil) {
            self.certificateChain = certificateChain
            self.privateKey = privateKey
            self.passphrase = passphrase
        }
    }

    /// The lowest TLS version accepted.
    public enum MinimumVersion: String, Sendable, Hashable {
        /// TLS 1.2 (the default; the NCSC guidelines' minimum).
        case tls12
        /// TLS 1.3.
        case tls13
    }

    /// The client identity for mutual TLS, if the service requires one.
    public var clientIdentity: ClientIdentity?
    /// A PEM file with trust anchors for this service (e.g. an FSC group's private CA).
    public var trustAnchors: String?
    /// Whether the system trust store is trusted too; `false` trusts only ``trustAnchors``.
    public var trustSystemRoots: Bool
    /// The lowest TLS version accepted (default TLS 1.2).
    public var minimumVersion: MinimumVersion
    /// Whether certificate verification is off (only through ``insecureNoVerificationForTestsOnly()``).
    public private(set) var verificationDisabled: Bool = false

    /// Creates TLS settings.
    ///
    /// - Parameters:
    ///   - clientIdentity: The client certificate and key for mutual TLS.
    ///   - trustAnchors: A PEM file of CA certificates to trust for this service.
    ///   - trustSystemRoots: Also trust the system store (default `true`); set `false` to trust only `trustAnchors`.
    ///   - minimumVersion: The lowest TLS version (default TLS 1.2).
    public init(
        clientIdentity: ClientIdentity? = nil, trustAnchors: String? = nil, trustSystemRoots: Bool = true,
        minimumVersion: MinimumVersion = .tls12
    ) {
        self.clientIdentity = clientIdentity
        self.trustAnchors = trustAnchors
        self.trustSystemRoots = trustSystemRoots
        self.minimumVersion = minimumVersion
    }

    /// TLS without certificate verification — for tests against self-signed servers only.
    ///
    /// Every call made with these settings logs a warning. Never use this in production: anyone
    /// on the network path can read and change the traffic, personal data included.
    public static func insecureNoVerificationForTestsOnly(clientIdentity: ClientIdentity? = nil) -> TLSSettings {
        var settings = TLSSettings(clientIdentity: clientIdentity)
        settings.verificationDisabled = true
        return settings
    }

    /// The settings in words, without the passphrase.
    public var description: String {
        var parts: [String] = ["TLS ≥ \(minimumVersion == .tls12 ? "1.2" : "1.3")"]
        if let clientIdentity { parts.append("client certificate \(clientIdentity.certificateChain)") }
        if let trustAnchors { parts.append("trust anchors \(trustAnchors)") }
        parts.append(trustSystemRoots ? "system trust store" : "no system trust store")
        if verificationDisabled { parts.append("CERTIFICATE VERIFICATION DISABLED") }
        return parts.joined(separator: ", ")
    }
}
