import Foundation
import OpenServicesCore

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

extension URLSessionConnector {
    /// The ``OpenServicesCore/OpenServicesError`` for an error of a URLSession transfer.
    ///
    /// URLSession cannot say whether a timeout happened while connecting, so timeouts are always
    /// `timeout.attempt`; `connectionRefused` and `connectionFailed` are used only for the `URLError` codes
    /// that mean no connection was made.
    func mapError(_ error: any Error, failure: TransportFailure, delegate: TaskDelegate, deadlinePassed: Bool) -> OpenServicesError {
        if let error = error as? OpenServicesError { return error }
        if Task.isCancelled || error is CancellationError { return failure.cancelled(error) }
        if delegate.exceededLimit { return failure.tooLarge(limit: delegate.limit, error) }
        let afterHead = delegate.receivedBytes > 0
        guard let urlError = error as? URLError else {
            return deadlinePassed ? failure.attemptTimeout(afterHead: afterHead, error) : failure.unexpected(error)
        }
        switch urlError.code {
        case .timedOut:
            return deadlinePassed ? failure.attemptTimeout(afterHead: afterHead, error) : failure.readTimeout(configuration.readTimeout, error)
        case .cancelled:
            return deadlinePassed ? failure.attemptTimeout(afterHead: afterHead, error) : failure.cancelled(error)
        case .cannotConnectToHost:
            return failure.refused(error)
        case .cannotFindHost, .dnsLookupFailed:
            return failure.unresolvable(error)
        case .notConnectedToInternet, .internationalRoamingOff, .dataNotAllowed, .callIsActive:
            return failure.unreachable(error)
        case .networkConnectionLost:
            return failure.reset(afterHead: afterHead, error)
        case .unknown where !deadlinePassed:
            // On Linux, libcurl failures without a URLError counterpart arrive as -1: TLS failures
            // ("SSL routines::…") and broken transfers ("transfer closed with n bytes remaining").
            // The curl text is only inspected here, never copied into the message.
            return Self.describesTLS(urlError) ? failure.tls(error) : failure.reset(afterHead: afterHead, error)
        case .badServerResponse, .cannotParseResponse, .cannotDecodeRawData, .cannotDecodeContentData:
            return failure.malformedResponse(error)
        case .secureConnectionFailed, .serverCertificateHasBadDate, .serverCertificateUntrusted,
            .serverCertificateHasUnknownRoot, .serverCertificateNotYetValid, .clientCertificateRejected,
            .clientCertificateRequired, .appTransportSecurityRequiresSecureConnection:
            return failure.tls(error)
        case .dataLengthExceedsMaximum:
            return failure.tooLarge(limit: delegate.limit, error)
        case .httpTooManyRedirects, .redirectToNonExistentLocation:
            return failure.redirectLoop(error)
        case .badURL, .unsupportedURL:
            return failure.invalidRequest("URLSession does not accept the URL", error)
        default:
            return deadlinePassed ? failure.attemptTimeout(afterHead: afterHead, error) : failure.unexpected(error)
        }
    }

    /// Whether libcurl's description of an unclassified failure is about TLS.
    static func describesTLS(_ error: URLError) -> Bool {
        let text = error.localizedDescription
        return text.contains("SSL") || text.contains("TLS") || text.contains("certificate")
    }
}
