import OpenServicesCore
import Configuration
import Foundation

extension OpenServicesConfiguration {
    /// The settings of `service`, or `nil` when it has no URL configured.
    ///
    /// - Throws: ``OpenServicesError`` (configuration) listing every missing or contradictory
    ///   setting, each by the environment variable to set.
    public func settings(for service: ServiceName) throws -> ServiceSettings? {
        let values = RawServiceValues(reader: reader.scoped(to: ConfigKey(service.rawValue)))
        return try values.settings(for: service)
    }

    /// The settings of `service`.
    ///
    /// - Throws: ``OpenServicesError`` (configuration) when the service has no URL (saying how to
    ///   configure it) or its settings are incomplete or contradictory.
    public func requiredSettings(for service: ServiceName) throws -> ServiceSettings {
        guard let settings = try settings(for: service) else {
            throw OpenServicesError(
                .invalidConfiguration, "The \(service) service is not configured.",
                remediation: "Set \(service.environmentPrefix)_URL to its API root (e.g. \(service.exampleURL)) and its credentials "
                    + "(\(service.environmentPrefix)_AUTH and the settings it needs), or use --sandbox.")
        }
        return settings
    }
}

/// The raw settings of one service, before validation.
struct RawServiceValues {
    var url, auth, apiKeyHeader, clientID, tokenURL, scope: String?
    var clientCert, clientKey, caBundle, fscOutway, fscGrantHash, resourceRoots: String?
    var apiKey, token, clientSecret, clientKeyPassword: Secret?

    init(reader: ConfigReader) {
        func plain(_ key: String) -> String? { reader.string(forKey: ConfigKey(key)).flatMap { $0.isEmpty ? nil : $0 } }
        func secret(_ key: String) -> Secret? {
            reader.string(forKey: ConfigKey(key), isSecret: true).flatMap { $0.isEmpty ? nil : Secret($0) }
        }
        url = plain("url")
        auth = plain("auth")
        apiKeyHeader = plain("apiKeyHeader")
        clientID = plain("clientId")
        tokenURL = plain("tokenUrl")
        scope = plain("scope")
        clientCert = plain("clientCert")
        clientKey = plain("clientKey")
        caBundle = plain("caBundle")
        fscOutway = plain("fscOutway")
        fscGrantHash = plain("fscGrantHash")
        resourceRoots = plain("resourceRoots")
        apiKey = secret("apiKey")
        token = secret("token")
        clientSecret = secret("clientSecret")
        clientKeyPassword = secret("clientKeyPassword")
    }

    func settings(for service: ServiceName) throws -> ServiceSettings? {
        let prefix = service.environmentPrefix
        var problems: [String] = []
        func require<T>(_ value: T?, _ name: String, because reason: String) -> T? {
            if value == nil { problems.append("set \(prefix)_\(name) (\(reason))") }
            return value
        }
        func forbid(_ present: Bool, _ name: String, because reason: String) {
            if present { problems.append("unset \(prefix)_\(name) (\(reason))") }
        }

        guard let urlText = url else {
            let others = [auth, apiKeyHeader, clientID, tokenURL, scope, clientCert, clientKey, caBundle, fscOutway, fscGrantHash, resourceRoots]
            if others.contains(where: { $0 != nil }) || [apiKey, token, clientSecret, clientKeyPassword].contains(where: { $0 != nil }) {
                throw OpenServicesError(
                    .invalidConfiguration, "The \(service) service has settings but no URL.",
                    remediation: "Set \(prefix)_URL to its API root, e.g. \(service.exampleURL).")
            }
            return nil
        }
        let parsedURL = URL(string: urlText)
        if parsedURL?.host == nil || !["http", "https"].contains(parsedURL?.scheme?.lowercased() ?? "") {
            problems.append("set \(prefix)_URL to an http(s) URL with a host, e.g. \(service.exampleURL) (it is '\(urlText)')")
        }

        let scheme = auth?.lowercased() ?? (apiKey != nil ? "apikey" : token != nil ? "bearer" : "none")
        let authentication: ServiceSettings.Authentication
        switch scheme {
        case "none":
            forbid(apiKey != nil, "API_KEY", because: "\(prefix)_AUTH is none")
            forbid(token != nil, "TOKEN", because: "\(prefix)_AUTH is none")
            forbid(clientSecret != nil, "CLIENT_SECRET", because: "\(prefix)_AUTH is none")
            authentication = .none
        case "apikey":
            forbid(token != nil, "TOKEN", because: "\(prefix)_AUTH is apikey; a token belongs to AUTH=bearer")
            let key = require(apiKey, "API_KEY", because: "\(prefix)_AUTH is apikey")
            authentication = .apiKey(header: apiKeyHeader ?? service.defaultAPIKeyHeader, key: key ?? Secret(""))
        case "bearer":
            forbid(apiKey != nil, "API_KEY", because: "\(prefix)_AUTH is bearer")
            let value = require(token, "TOKEN", because: "\(prefix)_AUTH is bearer")
            authentication = .bearer(value ?? Secret(""))
        case "oauth2":
            forbid(apiKey != nil, "API_KEY", because: "\(prefix)_AUTH is oauth2")
            forbid(token != nil, "TOKEN", because: "\(prefix)_AUTH is oauth2; the token is obtained from \(prefix)_TOKEN_URL")
            let id = require(clientID, "CLIENT_ID", because: "\(prefix)_AUTH is oauth2")
            let secret = require(clientSecret, "CLIENT_SECRET", because: "\(prefix)_AUTH is oauth2")
            let endpoint = require(tokenURL, "TOKEN_URL", because: "\(prefix)_AUTH is oauth2")
            let endpointURL = endpoint.flatMap(URL.init(string:))
            if endpoint != nil, endpointURL?.host == nil {
                problems.append("set \(prefix)_TOKEN_URL to an http(s) URL (it is '\(endpoint ?? "")')")
            }
            authentication = .oauth2(OAuth2ClientCredentials(
                tokenURL: endpointURL ?? URL(string: "https://invalid.example")!, clientID: id ?? "",
                clientSecret: secret ?? Secret(""), scope: scope))
        case "zgw-jwt":
            forbid(apiKey != nil, "API_KEY", because: "\(prefix)_AUTH is zgw-jwt")
            forbid(token != nil, "TOKEN", because: "\(prefix)_AUTH is zgw-jwt; the JWT is signed per call")
            let id = require(clientID, "CLIENT_ID", because: "\(prefix)_AUTH is zgw-jwt")
            let secret = require(clientSecret, "CLIENT_SECRET", because: "\(prefix)_AUTH is zgw-jwt")
            authentication = .zgwJWT(clientID: id ?? "", secret: secret ?? Secret(""))
        default:
            problems.append("set \(prefix)_AUTH to one of none, apikey, bearer, oauth2, zgw-jwt (it is '\(auth ?? "")')")
            authentication = .none
        }

        if clientCert != nil, clientKey == nil { problems.append("set \(prefix)_CLIENT_KEY (\(prefix)_CLIENT_CERT needs its private key)") }
        if clientKey != nil, clientCert == nil { problems.append("set \(prefix)_CLIENT_CERT (\(prefix)_CLIENT_KEY needs its certificate)") }
        if clientKeyPassword != nil, clientKey == nil { problems.append("set \(prefix)_CLIENT_KEY (\(prefix)_CLIENT_KEY_PASSWORD is only used with it)") }
        for (path, name) in [(clientCert, "CLIENT_CERT"), (clientKey, "CLIENT_KEY"), (caBundle, "CA_BUNDLE")] {
            if let path, !FileManager.default.fileExists(atPath: path) {
                problems.append("set \(prefix)_\(name) to a PEM file that exists ('\(path)' does not)")
            }
        }
        if fscOutway != nil, fscGrantHash == nil { problems.append("set \(prefix)_FSC_GRANT_HASH (\(prefix)_FSC_OUTWAY needs the contract's grant hash)") }
        if fscGrantHash != nil, fscOutway == nil { problems.append("set \(prefix)_FSC_OUTWAY (\(prefix)_FSC_GRANT_HASH is only used with an outway)") }
        let outwayURL = fscOutway.flatMap(URL.init(string:))
        if fscOutway != nil, outwayURL?.host == nil { problems.append("set \(prefix)_FSC_OUTWAY to the outway's URL, e.g. http://outway.local:8080") }

        let roots = (resourceRoots ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let rootURLs = roots.compactMap { root in
            URL(string: root).flatMap { $0.host != nil && ["http", "https"].contains($0.scheme?.lowercased() ?? "") ? $0 : nil }
        }
        if rootURLs.count != roots.count {
            problems.append("set \(prefix)_RESOURCE_ROOTS to comma-separated http(s) API roots, e.g. https://openzaak.example.nl/zaken/api/v1 (it is '\(resourceRoots ?? "")')")
        }

        guard problems.isEmpty, let parsedURL else {
            throw OpenServicesError(
                .invalidConfiguration, "The \(service) configuration is incomplete or contradictory: " + problems.joined(separator: "; ") + ".",
                remediation: "Environment variables win over the OPENSERVICES_CONFIG file; settings in the file use camel case (e.g. \(service).clientSecret).")
        }
        return ServiceSettings(
            service: service, url: parsedURL, authentication: authentication,
            tls: .init(clientCertificate: clientCert, clientKey: clientKey, clientKeyPassword: clientKeyPassword, caBundle: caBundle),
            fscOutway: outwayURL, fscGrantHash: fscGrantHash, resourceRoots: rootURLs)
    }
}
