public import Foundation
import HTTPTypes
public import OpenServicesCore

/// The embedded sandbox: faithful fakes of the government services with fictitious data, usable
/// in-process as a ``Connector`` (no network) or over HTTP with ``SandboxServer``.
///
/// ```swift
/// let sandbox = Sandbox()
/// let pipeline = Pipeline(connector: sandbox)
/// let brp = BRPClient(pipeline: pipeline, baseURL: sandbox.baseURL(for: "brp")!)
/// ```
public struct Sandbox: Connector {
    /// The host in-process sandbox URLs use; it never resolves, so nothing leaves the process.
    public static let host = "sandbox.openservices.invalid"

    /// The largest request or response body the sandbox handles: 256 MiB, so that a 50 MiB document
    /// fits as base64 in a JSON body (about 67 MiB).
    public static let maximumBodySize = 256 << 20

    /// The faked services.
    public let services: [any SandboxService]

    /// A sandbox with the given services (default: every service the sandbox fakes).
    public init(services: [any SandboxService] = Sandbox.defaultServices()) {
        self.services = services.sorted { $0.basePath.count > $1.basePath.count }
    }

    /// The in-process API root of a service, e.g. `http://sandbox.openservices.invalid/haalcentraal/api/brp`.
    public func baseURL(for service: String) -> URL? {
        services.first { $0.name == service }.flatMap { URL(string: "http://\(Self.host)\($0.basePath)") }
    }

    /// Answers a request in-process.
    public func send(_ request: ServiceRequest, context: OperationContext) async throws -> ServiceResponse {
        try Task.checkCancellation()
        let body = try await request.body?.collect(upTo: Sandbox.maximumBodySize) ?? Data()
        let target = request.head.path ?? "/"
        let origin = "\(request.head.scheme ?? "http")://\(request.head.authority ?? Self.host)"
        return await route(method: request.head.method, target: target, headers: request.head.headerFields, body: body, origin: origin)
    }

    /// Routes a request by its path to the service whose API root it falls under.
    func route(
        method: HTTPRequest.Method, target: String, headers: HTTPFields, body: Data, origin: String
    ) async -> ServiceResponse {
        let question = target.firstIndex(of: "?")
        let path = question.map { String(target[..<$0]) } ?? target
        let query = question.map { SandboxRequest.parseQuery(target[target.index(after: $0)...]) } ?? []
        for service in services where path == service.basePath || path.hasPrefix(service.basePath + "/") {
            let below = String(path.dropFirst(service.basePath.count))
            let request = SandboxRequest(
                method: method, path: below.isEmpty ? "/" : below, query: query, headerFields: headers, body: body,
                baseURL: origin + service.basePath)
            return await service.respond(to: request)
        }
        return SandboxResponses.problem(
            status: .notFound, title: "Deze URL bestaat niet in de sandbox.", code: "notFound",
            detail: "The sandbox serves: " + services.map { "\($0.name) \($0.basePath)" }.joined(separator: ", "))
    }
}
