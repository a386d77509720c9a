import NIOSSL
import OpenServicesCore

extension TLSSettings {
    /// The NIOSSL configuration for these settings, loading and checking every file now so that a
    /// wrong path or passphrase fails before any call.
    ///
    /// - Throws: ``OpenServicesError`` (configuration) naming the file that could not be used.
    func makeTLSConfiguration() throws -> TLSConfiguration {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.minimumTLSVersion = minimumVersion == .tls13 ? .tlsv13 : .tlsv12
        configuration.certificateVerification = verificationDisabled ? .none : .fullVerification

        if let trustAnchors {
            let certificates: [NIOSSLCertificate]
            do {
                certificates = try NIOSSLCertificate.fromPEMFile(trustAnchors)
            } catch {
                throw Self.unusable(trustAnchors, "trust anchors (CA bundle)", error)
            }
            guard !certificates.isEmpty else {
                throw Self.unusable(trustAnchors, "trust anchors (CA bundle)", nil)
            }
            if trustSystemRoots {
                configuration.trustRoots = .default
                configuration.additionalTrustRoots = [.certificates(certificates)]
            } else {
                configuration.trustRoots = .certificates(certificates)
            }
        } else if !trustSystemRoots {
            throw OpenServicesError(
                .invalidConfiguration, "TLS settings trust neither the system store nor any trust anchors.",
                remediation: "Give a CA bundle (OPENSERVICES_<SERVICE>_CA_BUNDLE) or trust the system store.")
        }

        if let identity = clientIdentity {
            let chain: [NIOSSLCertificate]
            do {
                chain = try NIOSSLCertificate.fromPEMFile(identity.certificateChain)
            } catch {
                throw Self.unusable(identity.certificateChain, "client certificate chain", error)
            }
            guard !chain.isEmpty else { throw Self.unusable(identity.certificateChain, "client certificate chain", nil) }
            let key: NIOSSLPrivateKey
            do {
                // Always answer the passphrase prompt, so an encrypted key never makes BoringSSL read stdin.
                let passphrase = Array((identity.passphrase?.reveal() ?? "").utf8)
                key = try NIOSSLPrivateKey(file: identity.privateKey, format: .pem) { supply in supply(passphrase) }
            } catch {
                throw OpenServicesError(
                    .invalidConfiguration,
                    "The private key '\(identity.privateKey)' could not be read\(identity.passphrase == nil ? "" : " with the given passphrase").",
                    remediation: identity.passphrase == nil
                        ? "Check the path and the PEM format; if the key is encrypted, set its passphrase (OPENSERVICES_<SERVICE>_CLIENT_KEY_PASSWORD)."
                        : "Check the passphrase (OPENSERVICES_<SERVICE>_CLIENT_KEY_PASSWORD) and the PEM format.")
            }
            configuration.certificateChain = chain.map { .certificate($0) }
            configuration.privateKey = .privateKey(key)
        }
        return configuration
    }

    private static func unusable(_ path: String, _ what: String, _ error: (any Error)?) -> OpenServicesError {
        OpenServicesError(
            .invalidConfiguration, "The \(what) file '\(path)' could not be read as PEM certificates.",
            remediation: "Check the path and that the file holds one or more -----BEGIN CERTIFICATE----- blocks.")
    }
}
