import AsyncHTTPClient
import NIOCore
import OpenServicesCore
import OpenServicesHTTP
import Synchronization
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#else
import Foundation
#endif

/// The connectors the shared suite runs against, with the settings each test needs.
enum ConnectorKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    /// `HTTPConnector(configuration:)`: its own clients, one per event loop, and the delegate API for buffered calls.
    case asyncHTTPClient
    /// `HTTPConnector(client:)`: a client the caller manages, and the async API for every call.
    case suppliedHTTPClient
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
        case .suppliedHTTPClient:
            HTTPConnector(
                client: Self.suppliedClient(connectTimeout: connectTimeout),
                configuration: .init(maximumResponseSize: maximumResponseSize, responseMode: responseMode))
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
        case .asyncHTTPClient, .suppliedHTTPClient: .connectTimeout
        case .urlSession: .attemptTimeout
        }
    }

    /// A client as a caller would supply one, per connect timeout; kept for the test process (never shut down).
    private static func suppliedClient(connectTimeout: Duration) -> HTTPClient {
        suppliedClients.withLock { clients in
            if let client = clients[connectTimeout] { return client }
            var configuration = HTTPClient.Configuration()
            configuration.timeout = .init(connect: TimeAmount(connectTimeout), read: .seconds(30))
            configuration.redirectConfiguration = .disallow
            configuration.connectionPool.retryConnectionEstablishment = false  // the pipeline retries
            let client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
            clients[connectTimeout] = client
            return client
        }
    }

    private static let suppliedClients = Mutex<[Duration: HTTPClient]>([:])
}
