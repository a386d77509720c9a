import OpenServicesCore

/// Builds the ``OpenServicesCore/OpenServicesError`` values both connectors throw, so that the same failure
/// reads the same whichever transport is used.
///
/// Messages name the host and port (never a path, a query, a header value or a body), say what happened
/// and, through the remediation, what to do. Only ``refused(_:)``, ``connectTimeout(_:_:)``,
/// ``unresolvable(_:)`` and ``unreachable(_:)`` produce the codes the retry stage treats as "nothing was
/// sent"; callers use them only for failures that happen before the connection exists.
struct TransportFailure: Sendable {
    /// `host:port` of the service.
    let authority: String
    let service: String
    let operation: String

    init(authority: String, context: OperationContext) {
        self.authority = authority
        self.service = context.service
        self.operation = context.operation
    }

    private func make(
        _ code: OpenServicesError.Code, _ message: String, remediation: String? = nil, underlying: (any Error)?
    ) -> OpenServicesError {
        OpenServicesError(
            code, message, remediation: remediation, service: service, operation: operation, underlying: underlying)
    }

    // MARK: before anything was sent

    func refused(_ underlying: (any Error)?) -> OpenServicesError {
        make(.connectionRefused, "\(authority) refused the connection; nothing was sent.", underlying: underlying)
    }

    func connectTimeout(_ limit: Duration?, _ underlying: (any Error)?) -> OpenServicesError {
        let within = limit.map { " within the connect timeout of \(Self.format($0))" } ?? " in time"
        return make(.connectTimeout, "No connection to \(authority) could be made\(within); nothing was sent.", underlying: underlying)
    }

    func unresolvable(_ underlying: (any Error)?) -> OpenServicesError {
        make(.connectionFailed, "The host name of \(authority) could not be resolved (DNS); nothing was sent.", underlying: underlying)
    }

    func unreachable(_ underlying: (any Error)?) -> OpenServicesError {
        make(.connectionFailed, "No connection to \(authority) could be made (network or host unreachable); nothing was sent.",
             underlying: underlying)
    }

    func proxyFailed(_ underlying: (any Error)?) -> OpenServicesError {
        make(.connectionFailed, "The proxy did not open a tunnel to \(authority); nothing was sent to the service.",
             remediation: "Check the proxy configuration of the HTTP client and the proxy's credentials.", underlying: underlying)
    }

    // MARK: after the request may have been sent

    /// `afterHead` says whether the response head had arrived, when the connector knows it.
    func reset(afterHead: Bool?, _ underlying: (any Error)?) -> OpenServicesError {
        let detail = afterHead.map { $0 ? "; the response body was cut off" : "; no response was received" } ?? ""
        return make(.connectionReset, "The connection to \(authority) was closed or reset before the response was complete\(detail).",
                    underlying: underlying)
    }

    func malformedResponse(_ underlying: (any Error)?) -> OpenServicesError {
        make(.connectionReset, "\(authority) sent a malformed HTTP response; the connection was dropped.",
             remediation: "Check that the service URL points at the service itself and not at a proxy or a different port.",
             underlying: underlying)
    }

    func tls(_ underlying: (any Error)?, hasClientIdentity: Bool = false) -> OpenServicesError {
        let diagnosis = TLSFailureDiagnosis(underlying, hasClientIdentity: hasClientIdentity)
        return make(.tls, "The TLS connection to \(authority) failed: \(diagnosis.reason).",
                    remediation: diagnosis.remediation, underlying: underlying)
    }

    /// `afterHead` says whether the response head had arrived, when the connector knows it.
    func attemptTimeout(afterHead: Bool?, _ underlying: (any Error)?) -> OpenServicesError {
        let detail = afterHead.map { $0 ? "; the response body was not complete" : "; no response was received" } ?? ""
        return make(.attemptTimeout, "The attempt's deadline passed before \(authority) answered in full\(detail).", underlying: underlying)
    }

    func readTimeout(_ limit: Duration?, _ underlying: (any Error)?) -> OpenServicesError {
        let silence = limit.map { "for \(Self.format($0))" } ?? "for longer than the read timeout"
        return make(.attemptTimeout, "\(authority) sent nothing \(silence) (read timeout).",
                    remediation: "The service answered too slowly; raise the connector's readTimeout or try later.", underlying: underlying)
    }

    func tooLarge(limit: Int, _ underlying: (any Error)?) -> OpenServicesError {
        make(.responseTooLarge,
             "The response body from \(authority) is larger than the limit of \(limit) bytes (\(Self.format(bytes: limit))); reading stopped at the limit.",
             underlying: underlying)
    }

    func cancelled(_ underlying: (any Error)?) -> OpenServicesError {
        make(.cancelled, "The call was cancelled.", underlying: underlying)
    }

    // MARK: the request itself

    func invalidRequest(_ reason: String, _ underlying: (any Error)? = nil) -> OpenServicesError {
        make(.invalidInput, "The request to \(authority) could not be sent: \(reason).",
             remediation: "Correct the request (URL, method or header names) built by the caller.", underlying: underlying)
    }

    func requestBodyFailed(_ underlying: (any Error)?) -> OpenServicesError {
        make(.invalidInput, "The request body stream failed while it was sent to \(authority); the request was aborted.",
             remediation: "Check the producer of the streamed request body.", underlying: underlying)
    }

    func clientShutDown(_ underlying: (any Error)?) -> OpenServicesError {
        make(.invalidConfiguration, "The HTTP client used for \(authority) has already been shut down.",
             remediation: "Shut the HTTPClient down only after every connector that uses it has finished.", underlying: underlying)
    }

    func redirectLoop(_ underlying: (any Error)?) -> OpenServicesError {
        make(.unexpectedStatus, "\(authority) redirected too often or in a cycle.",
             remediation: "Check the service URL; the service keeps redirecting.", underlying: underlying)
    }

    func unexpected(_ underlying: any Error) -> OpenServicesError {
        make(.connectionReset, "The request to \(authority) failed with an unexpected \(Self.typeName(of: underlying)).",
             remediation: "Look at the underlying error; safe calls are retried automatically.", underlying: underlying)
    }

    // MARK: formatting

    /// `10 s`, `1.5 s`, `250 ms`.
    static func format(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let milliseconds = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        if milliseconds < 1000 { return "\(milliseconds) ms" }
        if milliseconds % 1000 == 0 { return "\(milliseconds / 1000) s" }
        let tenths = milliseconds / 100
        return "\(tenths / 10).\(tenths % 10) s"
    }

    /// `16 MiB`, `512 KiB`, `100 bytes`.
    static func format(bytes: Int) -> String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }

    /// The module-qualified name of an error's type, e.g. `NIOSSL.NIOSSLError`; never its value.
    static func typeName(of error: any Error) -> String {
        String(reflecting: type(of: error))
    }
}
