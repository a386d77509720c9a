import NIOSSL

/// Says which part of a TLS handshake failed, from swift-nio-ssl's error: the server's certificate
/// is not trusted, it is for another host name, the server wants a client certificate, or it
/// refused the one that was sent.
struct TLSFailureDiagnosis {
    let reason: String
    let remediation: String

    init(_ error: (any Error)?, hasClientIdentity: Bool) {
        if let extra = error as? NIOSSLExtraError, extra == .failedToValidateHostname {
            reason = "the server's certificate is not valid for this host name (hostname verification failed)"
            remediation = "Use the host name the service's certificate was issued for in the service URL; hostname verification cannot be switched off."
            return
        }
        let text = error.map { String(reflecting: $0) } ?? ""
        func mentions(_ markers: String...) -> Bool { markers.contains { text.contains($0) } }
        if mentions("CERTIFICATE_VERIFY_FAILED", "certificateVerify", "unable to get local issuer", "self signed") {
            reason = "the server's certificate is not trusted (it does not chain to a trusted root)"
            remediation = "Add the service's root CA as trust anchors (OPENSERVICES_<SERVICE>_CA_BUNDLE / TLSSettings.trustAnchors), e.g. the Staat der Nederlanden Private Root CA – G1 for KVK."
        } else if mentions("CERTIFICATE_REQUIRED") || (!hasClientIdentity && mentions("HANDSHAKE_FAILURE", "PEER_DID_NOT_RETURN_A_CERTIFICATE")) {
            reason = "the server requires a client certificate (mutual TLS) and none was sent"
            remediation = "Configure the organisation's PKIoverheid certificate and key (OPENSERVICES_<SERVICE>_CLIENT_CERT and _CLIENT_KEY / TLSSettings.clientIdentity)."
        } else if hasClientIdentity, mentions("UNKNOWN_CA", "BAD_CERTIFICATE", "CERTIFICATE_UNKNOWN", "DECRYPT_ERROR", "ACCESS_DENIED", "HANDSHAKE_FAILURE", "CERTIFICATE_EXPIRED", "CERTIFICATE_REVOKED") {
            reason = "the server rejected the client certificate (not issued by a CA it trusts, expired, revoked or not registered)"
            remediation = "Check that the client certificate is the one registered with the service provider, is valid, and that the chain file includes its intermediates."
        } else if mentions("PROTOCOL_VERSION", "UNSUPPORTED_PROTOCOL", "VERSION_TOO_LOW") {
            reason = "the server and client share no TLS version (OpenServices requires TLS 1.2 or later)"
            remediation = "Ask the provider to enable TLS 1.2 or 1.3."
        } else {
            reason = "the TLS handshake or connection failed (certificate, trust anchor, host name or protocol)"
            remediation = "Check the service URL, the trust anchors and, for mutual TLS, the client certificate and key."
        }
    }
}
