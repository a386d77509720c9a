import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import NIOPosix
import OpenServicesCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension HTTPConnector {
    /// What is known about one attempt when it fails: used only to describe the failure.
    struct Attempt: Sendable {
        let failure: TransportFailure
        let deadline: NIODeadline
        /// The connect timeout in force, when the connector knows it (it does for its own shared clients).
        let connectTimeout: Duration?
        /// The read timeout in force, when the connector knows it.
        let readTimeout: Duration?
        let maximumResponseSize: Int
        /// Whether the connection presents a client certificate (to tell a missing one from a rejected one).
        let hasClientIdentity: Bool

        /// The ``OpenServicesCore/OpenServicesError`` for an error from AsyncHTTPClient or SwiftNIO.
        ///
        /// The mapping keeps the retry stage's contract: `connectionRefused`, `connectTimeout` and
        /// `connectionFailed` only for failures while the connection was being made, when no byte of the
        /// request can have been sent.
        func error(for error: any Error, afterHead: Bool?) -> OpenServicesError {
            if let error = error as? OpenServicesError { return error }
            if Task.isCancelled || error is CancellationError { return failure.cancelled(error) }
            switch error {
            case let error as RequestBodyFailure:
                return failure.requestBodyFailed(error.underlying)
            case let error as HTTPClientError:
                return clientError(error, afterHead: afterHead)
            case is NIOTooManyBytesError:
                return failure.tooLarge(limit: maximumResponseSize, error)
            case let error as NIOConnectionError:
                return connectionError(error)
            case let error as ChannelError:
                return channelError(error, afterHead: afterHead)
            case let error as IOError:
                // A bare IOError comes from an established connection (connect errors arrive wrapped in
                // NIOConnectionError), except ECONNREFUSED, which only connect(2) reports.
                return error.errnoCode == ECONNREFUSED ? failure.refused(error) : failure.reset(afterHead: afterHead, error)
            case is SocketAddressError:
                return failure.unresolvable(error)
            case let error as HTTPParserError:
                return error == .invalidEOFState ? failure.reset(afterHead: afterHead, error) : failure.malformedResponse(error)
            default:
                return platformError(error, afterHead: afterHead)
            }
        }

        private func clientError(_ error: HTTPClientError, afterHead: Bool?) -> OpenServicesError {
            switch error {
            case HTTPClientError.deadlineExceeded:
                return failure.attemptTimeout(afterHead: afterHead, error)
            case HTTPClientError.readTimeout:
                return failure.readTimeout(readTimeout, error)
            case HTTPClientError.writeTimeout:
                return failure.attemptTimeout(afterHead: afterHead, error)
            case HTTPClientError.connectTimeout, HTTPClientError.getConnectionFromPoolTimeout,
                HTTPClientError.tlsHandshakeTimeout, HTTPClientError.socksHandshakeTimeout,
                HTTPClientError.httpProxyHandshakeTimeout:
                return failure.connectTimeout(connectTimeout, error)
            case HTTPClientError.remoteConnectionClosed, HTTPClientError.uncleanShutdown,
                HTTPClientError.requestStreamCancelled:
                return failure.reset(afterHead: afterHead, error)
            case HTTPClientError.cancelled:
                // AsyncHTTPClient reports a request whose deadline passed while it waited for a connection as cancelled.
                return deadline <= .now() ? failure.attemptTimeout(afterHead: afterHead, error) : failure.cancelled(error)
            case HTTPClientError.alreadyShutdown:
                return failure.clientShutDown(error)
            case HTTPClientError.redirectLimitReached, HTTPClientError.redirectCycleDetected:
                return failure.redirectLoop(error)
            case HTTPClientError.invalidProxyResponse, HTTPClientError.proxyAuthenticationRequired:
                return failure.proxyFailed(error)
            default:
                // Invalid URL, scheme, header names or values, body framing: the request itself is wrong.
                // `shortDescription` never contains the offending values.
                return failure.invalidRequest(error.shortDescription.lowercased(), error)
            }
        }

        private func connectionError(_ error: NIOConnectionError) -> OpenServicesError {
            let causes = error.connectionErrors.map(\.error)
            if causes.isEmpty {
                return (error.dnsAError ?? error.dnsAAAAError) != nil ? failure.unresolvable(error) : failure.unreachable(error)
            }
            if causes.contains(where: { ($0 as? IOError)?.errnoCode == ECONNREFUSED }) {
                return failure.refused(error)
            }
            if causes.contains(where: Self.isTimeout) {
                return failure.connectTimeout(connectTimeout, error)
            }
            return failure.unreachable(error)
        }

        private static func isTimeout(_ error: any Error) -> Bool {
            if case ChannelError.connectTimeout = error { return true }
            return (error as? IOError)?.errnoCode == ETIMEDOUT
        }

        private func channelError(_ error: ChannelError, afterHead: Bool?) -> OpenServicesError {
            switch error {
            case .connectTimeout:
                return failure.connectTimeout(connectTimeout, error)
            case .eof, .ioOnClosedChannel, .alreadyClosed, .outputClosed, .inputClosed:
                return failure.reset(afterHead: afterHead, error)
            default:
                return failure.unexpected(error)
            }
        }

        private func platformError(_ error: any Error, afterHead: Bool?) -> OpenServicesError {
            #if canImport(Network)
            if let error = error as? HTTPClient.NWPOSIXError {
                switch error.errorCode {
                case .ECONNREFUSED: return failure.refused(error)
                default: return failure.reset(afterHead: afterHead, error)
                }
            }
            if error is HTTPClient.NWTLSError { return failure.tls(error) }
            #endif
            // swift-nio-ssl's error types (NIOSSLError, BoringSSLError, NIOSSLExtraError, …) are recognised by
            // their module, so that this target does not need to depend on swift-nio-ssl directly.
            if TransportFailure.typeName(of: error).hasPrefix("NIOSSL.") { return failure.tls(error, hasClientIdentity: hasClientIdentity) }
            return failure.unexpected(error)
        }
    }
}

/// Wraps an error thrown by the caller's streamed request body, so it is not mistaken for a transport failure.
struct RequestBodyFailure: Error {
    let underlying: any Error
}
