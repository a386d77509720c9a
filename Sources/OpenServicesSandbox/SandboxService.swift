public import OpenServicesCore

/// One faked government service of the sandbox: it answers requests under its API root the way the
/// real service does (validation, error bodies, paging, fields), from fictitious data.
public protocol SandboxService: Sendable {
    /// The service name, as printed by `openservices sandbox serve` (`brp`, `bag`, `kvk`, `pdok`, …).
    var name: String { get }
    /// The API root path, e.g. `/haalcentraal/api/brp`; requests under it are sent to this service.
    var basePath: String { get }
    /// Answers one request.
    func respond(to request: SandboxRequest) async -> ServiceResponse
}
