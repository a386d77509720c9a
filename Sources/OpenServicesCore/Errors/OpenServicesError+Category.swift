extension OpenServicesError {
    /// The broad class of an error: what kind of thing went wrong.
    ///
    /// Categories are stable and few, so they are safe to use as a metric label.
    public struct Category: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String {
            case transport, timeout, cancelled, authentication, forbidden, policyDenied, notFound
            case invalidRequest, rateLimited, service, decoding, configuration, audit
        }

        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// The connection could not be made, broke, or the response exceeded a transport limit.
        public static let transport = Category(.transport)
        /// An attempt or the whole call ran out of time.
        public static let timeout = Category(.timeout)
        /// The calling task was cancelled.
        public static let cancelled = Category(.cancelled)
        /// The service did not accept the credentials (HTTP 401), or no credential could be obtained.
        public static let authentication = Category(.authentication)
        /// The service refused the caller access (HTTP 403).
        public static let forbidden = Category(.forbidden)
        /// The in-process policy engine denied the call; nothing was sent.
        public static let policyDenied = Category(.policyDenied)
        /// The requested resource does not exist (HTTP 404).
        public static let notFound = Category(.notFound)
        /// The request was invalid: rejected locally before sending, or by the service (HTTP 400, 422, …).
        public static let invalidRequest = Category(.invalidRequest)
        /// The service or the client-side retry budget limited the call rate (HTTP 429).
        public static let rateLimited = Category(.rateLimited)
        /// The service failed (HTTP 5xx) or answered in an unexpected way.
        public static let service = Category(.service)
        /// The response body could not be decoded into the expected model.
        public static let decoding = Category(.decoding)
        /// OpenServices is configured wrongly or incompletely.
        public static let configuration = Category(.configuration)
        /// The processing record could not be written, so the data was withheld.
        public static let audit = Category(.audit)

        /// The category's name, e.g. `policyDenied`.
        public var description: String { base.rawValue }
    }
}
