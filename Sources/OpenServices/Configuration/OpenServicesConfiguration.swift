public import Configuration
public import Foundation
import OpenServicesCore
import SystemPackage

/// The settings of every service, read with swift-configuration from environment variables and,
/// optionally, a JSON or YAML file.
///
/// For each service (`BRP`, `BAG`, `KVK`, `PDOK`, `ZAKEN`, `CATALOGI`, `DOCUMENTEN`, `BESLUITEN`,
/// `NOTIFICATIES`, `AUTORISATIES`) the environment variables are
/// `OPENSERVICES_<SERVICE>_URL`, `_AUTH` (`none`, `apikey`, `bearer`, `oauth2`, `zgw-jwt`),
/// `_API_KEY`, `_API_KEY_HEADER`, `_TOKEN`, `_CLIENT_ID`, `_CLIENT_SECRET`, `_TOKEN_URL`, `_SCOPE`,
/// `_CLIENT_CERT`, `_CLIENT_KEY`, `_CLIENT_KEY_PASSWORD`, `_CA_BUNDLE`, `_FSC_OUTWAY`,
/// `_FSC_GRANT_HASH` and (for the ZGW APIs) `_RESOURCE_ROOTS`. `OPENSERVICES_CONFIG` names a file with the same settings, per service, in
/// camel case; environment variables win over the file:
///
/// ```json
/// { "bag": { "url": "https://api.bag.kadaster.nl/lvbag/individuelebevragingen/v2",
///            "auth": "apikey", "apiKey": "…" } }
/// ```
///
/// Secrets (`_API_KEY`, `_TOKEN`, `_CLIENT_SECRET`, `_CLIENT_KEY_PASSWORD`) are marked secret, so
/// swift-configuration's access logs never print them, and they are held as ``Secret``.
public struct OpenServicesConfiguration: Sendable {
    /// The reader the settings come from, scoped to `openservices`.
    public let reader: ConfigReader

    /// Settings from an explicit reader whose keys are `openservices.<service>.<setting>`.
    public init(reader: ConfigReader) {
        self.reader = reader.scoped(to: "openservices")
    }

    /// Settings from the environment and the file `OPENSERVICES_CONFIG` names, if any.
    ///
    /// - Throws: ``OpenServicesError`` (configuration) when the file cannot be read or parsed.
    public static func load(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) async throws -> OpenServicesConfiguration {
        var providers: [any ConfigProvider] = [
            EnvironmentVariablesProvider(
                environmentVariables: environment,
                secretsSpecifier: .dynamic { key, _ in secretEnvironmentSuffixes.contains { key.hasSuffix($0) } })
        ]
        if let path = environment["OPENSERVICES_CONFIG"], !path.isEmpty {
            providers.append(try await fileProvider(path))
        }
        return OpenServicesConfiguration(reader: ConfigReader(providers: providers))
    }

    static let secretEnvironmentSuffixes = ["_API_KEY", "_TOKEN", "_CLIENT_SECRET", "_CLIENT_KEY_PASSWORD"]
    static let secretFileKeys: Set<String> = ["apiKey", "token", "clientSecret", "clientKeyPassword"]

    private static func fileProvider(_ path: String) async throws -> any ConfigProvider {
        guard FileManager.default.fileExists(atPath: path) else {
            throw OpenServicesError(
                .invalidConfiguration, "The configuration file '\(path)' named by OPENSERVICES_CONFIG does not exist.",
                remediation: "Point OPENSERVICES_CONFIG at a JSON or YAML file, or unset it.")
        }
        let isSecret: @Sendable (String, any Sendable) -> Bool = { key, _ in
            secretFileKeys.contains(String(key.split(separator: ".").last ?? ""))
        }
        do {
            // The file holds `bag.url`, …; lookups ask for `openservices.bag.url`.
            let unprefixed: @Sendable (AbsoluteConfigKey) -> AbsoluteConfigKey = { key in
                var key = key
                if key.components.first == "openservices" { key.components.removeFirst() }
                return key
            }
            if path.hasSuffix(".yaml") || path.hasSuffix(".yml") {
                return try await FileProvider<YAMLSnapshot>(
                    parsingOptions: .init(secretsSpecifier: .dynamic(isSecret)), filePath: FilePath(path)
                ).mapKeys(unprefixed)
            }
            return try await FileProvider<JSONSnapshot>(
                parsingOptions: .init(secretsSpecifier: .dynamic(isSecret)), filePath: FilePath(path)
            ).mapKeys(unprefixed)
        } catch {
            throw OpenServicesError(
                .invalidConfiguration,
                "The configuration file '\(path)' could not be read as \(path.hasSuffix(".json") ? "JSON" : "JSON or YAML").",
                remediation: "Check the file's syntax; it holds an object per service, e.g. {\"bag\": {\"url\": \"…\"}}.")
        }
    }
}
