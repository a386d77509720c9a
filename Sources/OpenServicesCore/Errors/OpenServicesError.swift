public import HTTPTypes

/// The one error every OpenServices call throws.
///
/// An `OpenServicesError` has a stable ``code`` (safe to switch on and to put in metrics), a broad
/// ``category``, and everything an agency developer needs to act on it: the HTTP status, the
/// service's own error code and title, the invalid parameters the service named, the request id
/// to quote to the service's helpdesk, the number of attempts made and a remediation hint.
///
/// Its ``description`` never contains a secret, a token or a BSN: the message is written by
/// OpenServices itself, and values reported by a service are passed through ``Redaction``.
///
/// ```swift
/// do {
///     let person = try await brp.person(bsn, fields: ["naam"])
/// } catch let error as OpenServicesError where error.category == .notFound {
///     // no such person
/// }
/// ```
public struct OpenServicesError: Error, Sendable, CustomStringConvertible {
    /// The stable code of this error, for example `transport.connectionRefused`.
    public var code: Code
    /// What went wrong, in one sentence written for a developer.
    public var message: String
    /// The service this call was made to (`brp`, `bag`, …), when known.
    public var service: String?
    /// The operation this call performed (`personen.raadplegen`, …), when known.
    public var operation: String?
    /// The HTTP status the service answered with, when it answered.
    public var status: HTTPResponse.Status?
    /// The service's own error details (problem+json, KVK `fout`, PDOK `msg`), when it sent any.
    public var serviceError: ServiceErrorDetails?
    /// The request id the service (or OpenServices) assigned to the failed attempt, to quote in support requests.
    public var requestID: String?
    /// How many attempts were made before giving up (0 when the call failed before the first attempt).
    public var attempts: Int
    /// What to do about it.
    public var remediation: String?
    /// The error that caused this one, if any (never shown in ``description``).
    public var underlying: (any Error & Sendable)?

    /// The broad category of this error, derived from its ``code``.
    public var category: Category { code.category }

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - code: The stable error code.
    ///   - message: One sentence saying what went wrong.
    ///   - remediation: What the caller should do about it.
    ///   - status: The HTTP status, if the service answered.
    ///   - serviceError: The service's own error body, parsed.
    ///   - service: The service name.
    ///   - operation: The operation name.
    ///   - requestID: The request id of the failed attempt.
    ///   - attempts: The number of attempts made.
    ///   - underlying: The cause.
    public init(
        _ code: Code,
        _ message: String,
        remediation: String? = nil,
        status: HTTPResponse.Status? = nil,
        serviceError: ServiceErrorDetails? = nil,
        service: String? = nil,
        operation: String? = nil,
        requestID: String? = nil,
        attempts: Int = 0,
        underlying: (any Error & Sendable)? = nil
    ) {
        self.code = code
        self.message = message
        self.remediation = remediation ?? code.defaultRemediation
        self.status = status
        self.serviceError = serviceError
        self.service = service
        self.operation = operation
        self.requestID = requestID
        self.attempts = attempts
        self.underlying = underlying
    }

    /// A one-line, redacted summary: code, service and operation, status, message, service details and remediation.
    public var description: String {
        var parts = "[\(code.rawValue)]"
        if let service {
            parts += " \(service)"
            if let operation { parts += ".\(operation)" }
            parts += ":"
        }
        if let status { parts += " HTTP \(status.code)" }
        parts += " " + message
        if let serviceError {
            let summary = serviceError.summary
            if !summary.isEmpty { parts += " — " + summary }
        }
        if attempts > 1 { parts += " (after \(attempts) attempts)" }
        if let requestID { parts += " [request id \(requestID)]" }
        if let remediation { parts += " Hint: " + remediation }
        return Redaction.redactText(parts)
    }

    /// The error with the given call information filled in where it is still missing.
    package func filling(service: String?, operation: String?, attempts: Int?) -> OpenServicesError {
        var copy = self
        if copy.service == nil { copy.service = service }
        if copy.operation == nil { copy.operation = operation }
        if let attempts, copy.attempts < attempts { copy.attempts = attempts }
        return copy
    }
}
