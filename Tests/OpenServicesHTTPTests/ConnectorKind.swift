import OpenServicesCore
import OpenServicesHTTP
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#else
import Foundation
#endif

/// The connectors the shared suite runs against, with the settings each test needs.
enum ConnectorKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case asyncHTTPClient
    case urlSession

    var testDescription: String { rawValue }

    /// A connector with the given limits. URLSession has no connect timeout; its `timeoutInterval`
    /// (the read timeout) bounds connecting instead, so a short connect timeout also shortens it.
    func make(
        connectTimeout: Duration = .seconds(10),
        maximumResponseSize: Int = 16 << 20,
        responseMode: ResponseBodyMode = .buffered
    ) -> any Connector {
        switch self {
        case .asyncHTTPClient:
            HTTPConnector(configuration: .init(
                connectTimeout: connectTimeout, maximumResponseSize: maximumResponseSize, responseMode: responseMode))
        case .urlSession:
            URLSessionConnector(
                session: .shared,
                configuration: .init(
                    readTimeout: min(connectTimeout, .seconds(30)), maximumResponseSize: maximumResponseSize,
                    responseMode: responseMode))
        }
    }

    /// The code a connection that is never accepted ends with: URLSession cannot tell a connect timeout
    /// from a slow answer, so it reports the (safe) attempt timeout.
    var connectTimeoutCode: OpenServicesError.Code {
        switch self {
        case .asyncHTTPClient: .connectTimeout
        case .urlSession: .attemptTimeout
        }
    }
}
