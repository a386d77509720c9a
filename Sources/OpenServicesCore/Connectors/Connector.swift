/// The transport seam: sends one attempt of a request and returns the service's response.
///
/// OpenServices ships `HTTPConnector` (AsyncHTTPClient) and `URLSessionConnector` in
/// `OpenServicesHTTP`, an in-process sandbox, and a scripted connector for tests.
///
/// A connector must:
/// - finish within ``OperationContext/attemptTimeRemaining`` and then throw
///   ``OpenServicesError/Code-swift.struct/attemptTimeout``;
/// - throw ``OpenServicesError`` for transport failures, with
///   ``OpenServicesError/Code-swift.struct/connectionRefused``, ``OpenServicesError/Code-swift.struct/connectionFailed``
///   or ``OpenServicesError/Code-swift.struct/connectTimeout`` only when no byte of the request was sent;
/// - return every HTTP status as a response (the pipeline turns error statuses into errors);
/// - honour task cancellation.
public protocol Connector: Sendable {
    /// Sends one attempt of `request`.
    func send(_ request: ServiceRequest, context: OperationContext) async throws -> ServiceResponse
}
