import Foundation
import HTTPTypes
public import Logging

/// Obtains bearer tokens with the OAuth2 client-credentials grant and caches them.
///
/// Tokens are cached in a ``TokenCache``: 100 concurrent calls on a cold cache make one token
/// request; the token is refreshed before it expires (``TokenCache/refreshMargin``); a failed
/// refresh keeps serving the still-valid token. A 401 from the service invalidates the token and
/// the ``CredentialStage`` retries once with a fresh one.
///
/// ```swift
/// let provider = OAuth2ClientCredentialsProvider(
///     OAuth2ClientCredentials(tokenURL: tokenURL, clientID: "gemeente-voorbeeld", clientSecret: secret,
///                             scope: "brp-personen", extraParameters: ["resourceServer": "ResourceServer01"]),
///     connector: HTTPConnector())
/// ```
public final class OAuth2ClientCredentialsProvider: CredentialProvider, RefreshableCredentialProvider {
    /// The grant settings.
    public let settings: OAuth2ClientCredentials
    /// The token cache.
    public let cache: TokenCache

    /// Creates a provider.
    ///
    /// - Parameters:
    ///   - settings: The grant settings.
    ///   - connector: The transport for token requests (use the same TLS settings as the service when the endpoint needs mTLS).
    ///   - refreshMargin: How long before expiry the token is refreshed.
    ///   - clock: The clock token lifetimes are measured on.
    ///   - logger: Where token requests are logged (redacted, like every call).
    public init(
        _ settings: OAuth2ClientCredentials,
        connector: any Connector,
        refreshMargin: Duration = .seconds(60),
        clock: any PipelineClock = SystemPipelineClock.shared,
        logger: Logger = OperationContext.defaultLogger
    ) {
        self.settings = settings
        let pipeline = Pipeline(
            connector: connector,
            retry: RetryPolicy(maximumAttempts: 2, attemptTimeout: .seconds(15), overallTimeout: .seconds(30)),
            clock: clock)
        cache = TokenCache(refreshMargin: refreshMargin, clock: clock) {
            try await Self.requestToken(settings, pipeline: pipeline, clock: clock, logger: logger)
        }
    }

    /// A bearer credential with a valid token.
    public func credential(for context: OperationContext) async throws -> Credential {
        let token = try await cache.token()
        return Credential(.authorization, "Bearer \(token.value.reveal())")
    }

    /// Drops the token the service rejected.
    public func invalidate(_ credential: Credential) async {
        guard let header = credential.headerFields[.authorization], header.hasPrefix("Bearer ") else { return }
        await cache.invalidate(Secret(String(header.dropFirst("Bearer ".count))))
    }

    /// Refreshes the token when it is due (for ``CredentialRefreshService``).
    public func refreshIfDue() async { await cache.refreshIfDue() }

    /// When the next refresh is due.
    public var nextRefreshDue: Duration? { get async { await cache.nextRefreshDue } }

    /// `OAuth2 client credentials (client 'x' at https://…/token)`.
    public var description: String { "OAuth2 client credentials (\(settings))" }

    private struct TokenResponse: Decodable {
        var access_token: String
        var token_type: String?
        var expires_in: Int?
    }

    static func requestToken(
        _ settings: OAuth2ClientCredentials, pipeline: Pipeline, clock: any PipelineClock, logger: Logger
    ) async throws -> AccessToken {
        var request = ServiceRequest(
            method: .post, url: settings.tokenURL,
            headerFields: [.contentType: "application/x-www-form-urlencoded", .accept: "application/json"],
            body: ServiceBody(text: settings.formBody()))
        request.isSafe = true  // obtaining a token has no side effect on the service
        if settings.authentication == .basic {
            let pair = "\(OAuth2ClientCredentials.formEncode(settings.clientID)):\(OAuth2ClientCredentials.formEncode(settings.clientSecret.reveal()))"
            request.head.headerFields[.authorization] = "Basic " + Data(pair.utf8).base64EncodedString()
        }
        let context = OperationContext(service: "oauth2", operation: "token", logger: logger)
        let started = clock.now
        do {
            let response = try await pipeline.execute(request, context: context)
            let decoded = try await response.decode(TokenResponse.self, context: context, limit: 1 << 20)
            if let type = decoded.token_type, type.lowercased() != "bearer" {
                throw OpenServicesError(
                    .credentialUnavailable,
                    "The token endpoint of \(settings) returned a '\(type)' token; OpenServices sends bearer tokens only.",
                    remediation: "Ask the token endpoint's operator for a bearer token grant.")
            }
            let lifetime = decoded.expires_in.map { Duration.seconds($0) } ?? settings.defaultLifetime
            return AccessToken(value: Secret(decoded.access_token), expiresAt: started + lifetime)
        } catch let error as OpenServicesError where error.category != .cancelled {
            var failure = OpenServicesError(
                .credentialUnavailable,
                "Could not obtain an OAuth2 token for \(settings): \(error.message)"
                    + (error.serviceError?.code.map { " (\($0))" } ?? ""),
                remediation: error.status?.code == 400 || error.status?.code == 401
                    ? "Check the client id, client secret and scope configured for this token endpoint."
                    : "Check that the token endpoint is reachable; calls resume as soon as a token can be obtained.",
                status: error.status, attempts: error.attempts, underlying: error)
            failure.serviceError = nil
            throw failure
        }
    }
}
