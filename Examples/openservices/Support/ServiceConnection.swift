import Foundation
import HTTPTypes
import OpenServices
import OpenServicesCore
import OpenServicesSandbox

/// A ready pipeline and API root for one service: the embedded sandbox with `--sandbox`, otherwise
/// the service configured with `OPENSERVICES_<SERVICE>_*` (or the `OPENSERVICES_CONFIG` file).
struct ServiceConnection {
    /// The pipeline every call of the command goes through.
    let pipeline: Pipeline
    /// The service's API root; clients append the operation paths.
    let baseURL: URL
    /// Other roots the provider names its resources under (`_RESOURCE_ROOTS`), for the ZGW clients.
    var resourceRoots: [URL] = []

    /// The public test API key the KVK test environment (and the sandbox) accept.
    static let kvkTestAPIKey = "l7xx1f2691f2520d487b902f4e0b57a0b197"

    /// Connects to `service` as the global options say. With `--sandbox`, pass one `sandbox` to every
    /// service a command uses, so that they see the same data (a zaak and its zaaktype).
    ///
    /// - Throws: ``OpenServicesError`` (configuration) when the service is not configured and
    ///   `--sandbox` is not given, saying how to configure it.
    static func make(_ service: ServiceName, options: GlobalOptions, sandbox: Sandbox? = nil) async throws -> ServiceConnection {
        if options.sandbox {
            // Only built when used: a sandbox seeds every fake's data.
            let sandbox = sandbox ?? Sandbox()
            guard let url = sandbox.baseURL(for: service.rawValue) else {
                throw OpenServicesError(
                    .invalidConfiguration, "The embedded sandbox does not serve \(service) yet.",
                    remediation: "Configure the real service with \(service.environmentPrefix)_URL instead of --sandbox.")
            }
            let credentials: (any CredentialProvider)? = switch service {
            case .bag: try APIKeyProvider(header: "X-Api-Key", key: "sandbox")
            case .kvk: try APIKeyProvider(header: "apikey", key: Secret(kvkTestAPIKey))
            case .zaken, .catalogi, .documenten, .besluiten, .notificaties, .autorisaties:
                try ZGWJWTProvider(clientID: ZGWSandbox.clientID, secret: Secret(ZGWSandbox.secret))
            default: nil
            }
            return ServiceConnection(
                pipeline: Pipeline(connector: sandbox, credentials: credentials.map(CredentialStage.init)), baseURL: url)
        }
        let configuration = try await OpenServicesConfiguration.load()
        let settings = try configuration.requiredSettings(for: service)
        return ServiceConnection(pipeline: try settings.makePipeline(), baseURL: settings.url, resourceRoots: settings.resourceRoots)
    }
}

extension GlobalOptions {
    /// The access context the options describe (`--principal`, `--purpose`).
    var accessContext: AccessContext {
        AccessContext(principal: principal ?? ProcessInfo.processInfo.environment["USER"], purpose: purpose)
    }

    /// Runs `body` with the options' access context bound for every call inside.
    func withAccess<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        try await AccessContext.$current.withValue(accessContext, operation: body)
    }
}
