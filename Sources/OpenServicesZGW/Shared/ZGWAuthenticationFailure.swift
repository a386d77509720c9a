import OpenServicesCore

/// Recognises a ZGW provider's refusal of the JWT. Providers such as Open Zaak answer a bad token
/// with 403 (never 401) and a `code` that names the problem.
enum ZGWAuthenticationFailure {
    /// The `code`s a provider gives for a JWT it does not accept.
    static let jwtCodes: Set<String> = [
        "invalid-jwt-signature", "invalid-client-identifier", "jwt-expired", "jwt-missing-iat-claim",
        "jwt-immature", "jwt-invalid", "not_authenticated", "authentication_failed",
    ]

    /// A 403 for a bad JWT becomes an authentication error with a remediation that points at the
    /// secret, the client id and the clock; any other error is returned unchanged.
    static func reinterpret(_ error: OpenServicesError, api: ZGWAPI) -> OpenServicesError {
        guard error.status?.code == 403 || error.status?.code == 401,
            let code = error.serviceError?.code, jwtCodes.contains(code)
        else { return error }
        var reinterpreted = error
        reinterpreted.code = .unauthenticated
        reinterpreted.message = "The \(api) API did not accept the ZGW JWT (\(code))."
        let prefix = "OPENSERVICES_\(api.rawValue.uppercased())"
        reinterpreted.remediation = switch code {
        case "invalid-jwt-signature":
            "Check the secret (\(prefix)_CLIENT_SECRET): it must be the one registered for the client id in the Autorisaties API."
        case "invalid-client-identifier":
            "Check the client id (\(prefix)_CLIENT_ID): the provider knows no application with it."
        case "jwt-expired", "jwt-immature":
            "Check this machine's clock (NTP): the token's iat is outside what the provider accepts."
        default:
            "Check the client id and secret (\(prefix)_CLIENT_ID, \(prefix)_CLIENT_SECRET) and this machine's clock."
        }
        return reinterpreted
    }
}
