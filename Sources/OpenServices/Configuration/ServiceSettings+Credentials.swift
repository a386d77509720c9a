public import OpenServicesCore

extension ServiceSettings {
    /// The credential provider these settings describe, or `nil` for ``Authentication/none``.
    ///
    /// - Parameter tokenConnector: The connector OAuth2 token requests use (give it the same TLS
    ///   settings as the service when the token endpoint requires mTLS, as RvIG's does).
    /// - Throws: ``OpenServicesError`` (configuration) for an unusable header name or empty secret.
    public func credentialProvider(tokenConnector: any Connector) throws -> (any CredentialProvider)? {
        switch authentication {
        case .none:
            return nil
        case .apiKey(let header, let key):
            return try APIKeyProvider(header: header, key: key)
        case .bearer(let token):
            return try BearerTokenProvider(token: token)
        case .oauth2(let settings):
            return OAuth2ClientCredentialsProvider(settings, connector: tokenConnector)
        case .zgwJWT(let clientID, let secret):
            return try ZGWJWTProvider(clientID: clientID, secret: secret)
        }
    }

    /// `connector`, routed through the FSC outway when one is configured.
    public func routed(_ connector: any Connector) throws -> any Connector {
        guard let fscOutway else { return connector }
        return try FSCOutwayConnector(outway: fscOutway, grantHash: fscGrantHash ?? "", wrapping: connector)
    }
}
