import AsyncHTTPClient
import NIOCore
import Synchronization

extension HTTPConnector {
    /// The process-wide AsyncHTTPClient instances that connectors made without an explicit client use.
    ///
    /// AsyncHTTPClient's connect and read timeouts and its TLS settings belong to the client, not to a
    /// request, so one set of clients is kept per distinct combination of them: one client per event loop of
    /// `HTTPClient.defaultEventLoopGroup` (``EventLoopLanes``). Like `HTTPClient.shared`, these clients
    /// live for the whole process and never need a shutdown. They
    /// differ from `HTTPClient.shared` where a government SDK needs it:
    ///
    /// - redirects are returned to the caller instead of followed, so that credential headers (API keys,
    ///   FSC tokens) are never sent to another host;
    /// - a failed connection attempt fails at once instead of being retried inside the client, because the
    ///   pipeline's retry stage owns retries, backoff and the retry budget;
    /// - responses are not decompressed, so the size limit applies to the bytes on the wire.
    enum SharedClients {
        struct Key: Hashable {
            let connectTimeout: Duration
            let readTimeout: Duration
            let tls: TLSSettings?
        }

        private static let clients = Mutex<[Key: EventLoopLanes]>([:])

        /// The shared clients for the timeouts and TLS settings of `configuration`, created on first use.
        ///
        /// - Throws: ``OpenServicesCore/OpenServicesError`` (configuration) when a TLS file cannot be used.
        static func lanes(for configuration: Configuration) throws -> EventLoopLanes {
            let key = Key(connectTimeout: configuration.connectTimeout, readTimeout: configuration.readTimeout, tls: configuration.tls)
            return try clients.withLock { clients in
                if let lanes = clients[key] { return lanes }
                let lanes = EventLoopLanes(group: HTTPClient.defaultEventLoopGroup, configuration: try clientConfiguration(for: key))
                clients[key] = lanes
                return lanes
            }
        }

        static func clientConfiguration(for key: Key) throws -> HTTPClient.Configuration {
            var configuration = HTTPClient.Configuration()
            if let tls = key.tls { configuration.tlsConfiguration = try tls.makeTLSConfiguration() }
            configuration.timeout = HTTPClient.Configuration.Timeout(
                connect: TimeAmount(key.connectTimeout), read: TimeAmount(key.readTimeout))
            configuration.redirectConfiguration = .disallow
            configuration.decompression = .disabled
            configuration.connectionPool.retryConnectionEstablishment = false
            return configuration
        }
    }
}
