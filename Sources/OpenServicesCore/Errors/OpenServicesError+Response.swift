public import HTTPTypes

extension OpenServicesError {
    /// The error for a service's error status, with its body parsed into ``ServiceErrorDetails``.
    ///
    /// - Parameters:
    ///   - status: The status (4xx or 5xx).
    ///   - headers: The response headers (an FSC outway reports its error in `Fsc-Error-Code`).
    ///   - body: The error body, if it was read.
    ///   - context: The operation that failed.
    ///   - requestID: The request id from the response headers.
    ///   - attempts: The number of attempts made.
    public init(
        status: HTTPResponse.Status, headers: HTTPFields = [:], body: [UInt8], context: OperationContext,
        requestID: String?, attempts: Int
    ) {
        var details = ServiceErrorDetails(parsing: body)
        if let fscCode = headers[.fscErrorCode] {
            details = ServiceErrorDetails(
                shape: .fsc, code: fscCode, title: details?.title ?? details?.detail,
                invalidParameters: details?.invalidParameters ?? [])
        }
        let code: Code
        let message: String
        switch status.code {
        case 401:
            code = .unauthenticated
            message = "The service did not accept the credentials."
        case 403:
            code = .forbidden
            message = "The service refused access to this operation."
        case 404, 410:
            code = .notFound
            message = "The service has no such resource."
        case 408:
            code = .attemptTimeout
            message = "The service timed out waiting for the request."
        case 429:
            code = .rateLimited
            message = "The service limited the call rate."
        case 400..<500:
            code = .rejected
            message = "The service rejected the request."
        case 500..<600:
            code = .serviceUnavailable
            message = "The service failed to handle the request."
        default:
            code = .unexpectedStatus
            message = "The service answered with an unexpected status."
        }
        let fscRemediation = details?.shape == .fsc
            ? "The FSC outway or the provider's inway refused the call (Fsc-Error-Code \(details?.code ?? "")); check the grant hash and the contract for this service."
            : nil
        self.init(
            code, (details?.shape == .fsc ? "The FSC network refused the call. " : "") + message,
            remediation: fscRemediation, status: status, serviceError: details, service: context.service,
            operation: context.operation, requestID: requestID, attempts: attempts)
    }
}
