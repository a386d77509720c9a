public import Foundation
public import HTTPTypes

/// The answer of a service: the response head and its body.
///
/// Its ``description`` is redacted like a request's: status and allow-listed headers only.
public struct ServiceResponse: Sendable, CustomStringConvertible {
    /// Status and header fields.
    public var head: HTTPResponse
    /// The body; buffered unless the operation asked for a stream.
    public var body: ServiceBody

    /// Creates a response.
    public init(head: HTTPResponse, body: ServiceBody = ServiceBody(Data())) {
        self.head = head
        self.body = body
    }

    /// Creates a response with a status, headers and an in-memory body.
    public init(status: HTTPResponse.Status, headerFields: HTTPFields = [:], body: Data = Data()) {
        self.init(head: HTTPResponse(status: status, headerFields: headerFields), body: ServiceBody(body))
    }

    /// The status code.
    public var status: HTTPResponse.Status { head.status }

    /// The request id the service gave this response (`X-Request-ID`, `X-Correlation-ID`), if any.
    public var requestID: String? {
        head.headerFields[.requestID] ?? head.headerFields[.correlationID]
    }

    /// `STATUS reason` and the allow-listed headers.
    public var description: String {
        var text = "\(head.status.code) \(head.status.reasonPhrase)"
        let headers = Redaction.describe(head.headerFields)
        if !headers.isEmpty { text += " " + headers }
        return text
    }
}

extension HTTPField.Name {
    /// `X-Request-ID`.
    public static let requestID = HTTPField.Name("X-Request-ID")!
    /// `X-Correlation-ID`.
    public static let correlationID = HTTPField.Name("X-Correlation-ID")!
    /// FSC `Fsc-Grant-Hash`: the grant of the contract a call is made under.
    public static let fscGrantHash = HTTPField.Name("Fsc-Grant-Hash")!
    /// FSC `Fsc-Transaction-Id`: the id of one logical call, for the FSC transaction logs.
    public static let fscTransactionID = HTTPField.Name("Fsc-Transaction-Id")!
    /// FSC `Fsc-Error-Code`: the error an outway or inway reports.
    public static let fscErrorCode = HTTPField.Name("Fsc-Error-Code")!
    /// W3C trace context `traceparent`.
    public static let traceparent = HTTPField.Name("traceparent")!
}
