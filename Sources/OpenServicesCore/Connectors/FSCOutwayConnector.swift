public import Foundation

/// Routes calls through a local FSC (Federatieve Service Connectiviteit) outway.
///
/// A decorator around any connector: it sends each attempt to the configured outway instead of
/// the service's host, adds the `Fsc-Grant-Hash` of the service's contract and an
/// `Fsc-Transaction-Id` (a UUIDv7, one per logical call, the same on every retry). The outway
/// authenticates to the provider's inway with the organisation's certificate.
///
/// Errors the outway or inway report with an `Fsc-Error-Code` header become an
/// ``OpenServicesError`` whose ``OpenServicesError/serviceError`` has shape
/// ``ServiceErrorDetails/Shape/fsc`` and the FSC code.
///
/// ```swift
/// let connector = try FSCOutwayConnector(
///     outway: URL(string: "http://outway.gemeente.local:8080")!,
///     grantHash: "$1$4$Wd5…",
///     wrapping: HTTPConnector())
/// ```
public struct FSCOutwayConnector: Connector {
    /// The outway's base URL.
    public let outway: URL
    /// The grant hash of the service's contract.
    public let grantHash: String
    /// The connector that talks to the outway.
    public let base: any Connector
    private let scheme: String
    private let authority: String
    private let pathPrefix: String

    /// Creates the decorator.
    ///
    /// - Parameters:
    ///   - outway: The outway's URL, e.g. `http://outway.gemeente.local:8080`; a path in it is put
    ///     before each request's path.
    ///   - grantHash: The grant hash of the contract for this service (`OPENSERVICES_<SERVICE>_FSC_GRANT_HASH`).
    ///   - base: The connector used to reach the outway.
    /// - Throws: ``OpenServicesError`` (configuration) when the URL has no host or the grant hash is empty.
    public init(outway: URL, grantHash: String, wrapping base: any Connector) throws {
        guard let scheme = outway.scheme, let authority = ServiceRequest.authority(of: outway) else {
            throw OpenServicesError(
                .invalidConfiguration, "The FSC outway URL '\(outway.absoluteString)' has no scheme or host.",
                remediation: "Set OPENSERVICES_<SERVICE>_FSC_OUTWAY to the outway's URL, e.g. http://outway.local:8080.")
        }
        guard !grantHash.isEmpty else {
            throw OpenServicesError(
                .invalidConfiguration, "An FSC outway needs the grant hash of the service's contract.",
                remediation: "Set OPENSERVICES_<SERVICE>_FSC_GRANT_HASH.")
        }
        self.outway = outway
        self.grantHash = grantHash
        self.base = base
        self.scheme = scheme
        self.authority = authority
        var prefix = outway.path(percentEncoded: true)
        while prefix.hasSuffix("/") { prefix.removeLast() }
        self.pathPrefix = prefix
    }

    /// Sends the attempt to the outway with the FSC headers.
    public func send(_ request: ServiceRequest, context: OperationContext) async throws -> ServiceResponse {
        var request = request
        request.head.scheme = scheme
        request.head.authority = authority
        request.head.path = pathPrefix + (request.head.path ?? "/")
        request.head.headerFields[.fscGrantHash] = grantHash
        request.head.headerFields[.fscTransactionID] = (context.callID ?? UUID.version7()).uuidString.lowercased()
        return try await base.send(request, context: context)
    }
}
