public import OpenServicesCore
public import OpenServicesHTTP

extension ServiceSettings {
    /// The TLS settings these settings describe, or `nil` when the defaults (system trust store,
    /// no client certificate) apply.
    public var tlsSettings: TLSSettings? {
        guard tls.hasClientIdentity || tls.caBundle != nil else { return nil }
        let identity = tls.clientCertificate.map {
            TLSSettings.ClientIdentity(certificateChain: $0, privateKey: tls.clientKey ?? "", passphrase: tls.clientKeyPassword)
        }
        return TLSSettings(clientIdentity: identity, trustAnchors: tls.caBundle)
    }

    /// The pipeline for this service: an `HTTPConnector` with the service's TLS settings, routed
    /// through the FSC outway when one is configured, with the configured credentials.
    ///
    /// - Parameter retry: The retry policy (default: the documented defaults).
    /// - Throws: ``OpenServicesError`` (configuration) when a TLS file or credential setting is unusable.
    public func makePipeline(retry: RetryPolicy = .default) throws -> Pipeline {
        let transport = try HTTPConnector(validating: HTTPConnector.Configuration(tls: tlsSettings))
        let provider = try credentialProvider(tokenConnector: transport)
        return Pipeline(connector: try routed(transport), credentials: provider.map(CredentialStage.init), retry: retry)
    }
}
