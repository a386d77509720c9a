extension OpenServicesError {
    /// A stable, machine-readable error code such as `timeout.deadlineExceeded`.
    ///
    /// Codes never change meaning between releases; compare them with `==`.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The code as text, `category.detail`.
        public let rawValue: String
        /// The category this code belongs to.
        public let category: Category
        let defaultRemediation: String?

        private init(_ rawValue: String, _ category: Category, _ remediation: String? = nil) {
            self.rawValue = rawValue
            self.category = category
            self.defaultRemediation = remediation
        }

        /// The code as text.
        public var description: String { rawValue }

        /// Two codes are equal when their text is equal.
        public static func == (lhs: Code, rhs: Code) -> Bool { lhs.rawValue == rhs.rawValue }
        /// Hashes the code's text.
        public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

        // MARK: transport
        /// The service's host refused the connection.
        public static let connectionRefused = Code(
            "transport.connectionRefused", .transport,
            "Check the service URL and that the service (or the FSC outway) is running and reachable.")
        /// The connection could not be established (DNS, routing, TLS handshake).
        public static let connectionFailed = Code(
            "transport.connectionFailed", .transport,
            "Check the service URL, DNS and network access from this host.")
        /// The connection was closed or reset before the response was complete.
        public static let connectionReset = Code(
            "transport.connectionReset", .transport,
            "The service or a proxy closed the connection; safe calls are retried automatically, others may be repeated with an idempotency key.")
        /// The response body exceeded the connector's size limit.
        public static let responseTooLarge = Code(
            "transport.responseTooLarge", .transport,
            "Ask for less data (fields, paging) or raise the connector's maximumResponseSize.")
        /// The TLS connection failed (certificate, trust or hostname).
        public static let tls = Code(
            "transport.tls", .transport,
            "Check the client certificate, the trust anchors and the host name in the service URL.")

        // MARK: timeout
        /// The connection was not established within the connect timeout.
        public static let connectTimeout = Code(
            "timeout.connect", .timeout,
            "The service did not accept a connection in time; check reachability or raise the connect timeout.")
        /// One attempt took longer than the per-attempt timeout.
        public static let attemptTimeout = Code(
            "timeout.attempt", .timeout,
            "The service answered too slowly; raise the per-attempt timeout or try later.")
        /// The overall deadline of the call passed.
        public static let deadlineExceeded = Code(
            "timeout.deadlineExceeded", .timeout,
            "The call's overall deadline passed; raise it with OperationContext.timeout or try later.")

        // MARK: cancelled
        /// The calling task was cancelled.
        public static let cancelled = Code("cancelled", .cancelled)

        // MARK: authentication / forbidden
        /// The service rejected the credentials (HTTP 401).
        public static let unauthenticated = Code(
            "authentication.rejected", .authentication,
            "Check the API key, token or client credentials configured for this service.")
        /// No credential could be obtained from the configured provider.
        public static let credentialUnavailable = Code(
            "authentication.credentialUnavailable", .authentication,
            "Check the credential provider's configuration (token URL, client id and secret).")
        /// The service refused access (HTTP 403).
        public static let forbidden = Code(
            "forbidden", .forbidden,
            "The credentials are valid but lack the authorisation for this operation; ask the service provider for access.")

        // MARK: policy
        /// The policy engine denied the call.
        public static let policyDenied = Code(
            "policy.denied", .policyDenied,
            "Check the purpose and principal in the AccessContext and the policies that apply to this operation.")

        // MARK: not found
        /// The resource does not exist (HTTP 404).
        public static let notFound = Code("notFound", .notFound)

        // MARK: invalid request
        /// A value supplied by the caller failed validation before anything was sent.
        public static let invalidInput = Code(
            "invalidRequest.invalidInput", .invalidRequest)
        /// The service rejected the request as invalid (HTTP 400, 405, 406, 409, 412, 415, 422).
        public static let rejected = Code(
            "invalidRequest.rejected", .invalidRequest,
            "Correct the parameters the service named in invalidParameters.")

        // MARK: rate limiting
        /// The service limited the call rate (HTTP 429).
        public static let rateLimited = Code(
            "rateLimited.service", .rateLimited,
            "Slow down or spread the calls; the service's Retry-After says when to try again.")
        /// The client-side retry budget for this host is exhausted, so no further retry was made.
        public static let retryBudgetExhausted = Code(
            "rateLimited.retryBudgetExhausted", .rateLimited,
            "The service is failing often; retries are paused to protect it. Try again later.")

        // MARK: service
        /// The service failed (HTTP 5xx).
        public static let serviceUnavailable = Code(
            "service.unavailable", .service,
            "The service is failing or unavailable; try again later or check the provider's status page.")
        /// The service answered with a status the operation does not expect.
        public static let unexpectedStatus = Code("service.unexpectedStatus", .service)

        // MARK: decoding
        /// The response body did not decode into the expected model.
        public static let decodingFailed = Code(
            "decoding.failed", .decoding,
            "The service's answer does not match the model; check the API version in the service URL.")

        // MARK: configuration
        /// The configuration is missing or contradictory.
        public static let invalidConfiguration = Code("configuration.invalid", .configuration)

        // MARK: audit
        /// The processing record could not be written; the data was withheld.
        public static let auditFailed = Code(
            "audit.writeFailed", .audit,
            "The audit sink could not store the processing record; check its storage. The data was not returned.")
    }
}
