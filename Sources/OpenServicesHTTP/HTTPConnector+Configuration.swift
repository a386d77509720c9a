extension HTTPConnector {
    /// The limits and behaviour of an ``HTTPConnector``.
    ///
    /// | Setting | Default |
    /// |---|---|
    /// | ``connectTimeout`` | 10 s |
    /// | ``readTimeout`` | 30 s |
    /// | ``maximumResponseSize`` | 16 MiB |
    /// | ``responseMode`` | ``ResponseBodyMode/buffered`` |
    /// | ``tls`` | `nil`: TLS 1.2+, system trust store, full verification, no client certificate |
    ///
    /// ```swift
    /// let connector = HTTPConnector(configuration: .init(connectTimeout: .seconds(3), maximumResponseSize: 4 << 20))
    /// ```
    public struct Configuration: Sendable, Hashable {
        /// The longest a new connection (TCP and TLS handshake) may take.
        ///
        /// When it passes, the attempt fails with `timeout.connect`; nothing was sent, so the retry stage may
        /// retry any request.
        public var connectTimeout: Duration
        /// The longest the connection may stay silent while a response is awaited or read (an idle timeout).
        ///
        /// When it passes, the attempt fails with `timeout.attempt`.
        public var readTimeout: Duration
        /// The largest response body, in bytes, that is accepted.
        ///
        /// A larger body fails the attempt with `transport.responseTooLarge` as soon as the limit is crossed
        /// (or at once, when `Content-Length` already says so); no more than this many bytes are held.
        public var maximumResponseSize: Int
        /// Whether the body is read in full before the response is returned, or handed over as a stream.
        public var responseMode: ResponseBodyMode
        /// The TLS settings (client certificate for mTLS, trust anchors), or `nil` for the defaults.
        public var tls: TLSSettings?

        /// Creates a configuration; every parameter has the documented default.
        public init(
            connectTimeout: Duration = .seconds(10),
            readTimeout: Duration = .seconds(30),
            maximumResponseSize: Int = 16 << 20,
            responseMode: ResponseBodyMode = .buffered,
            tls: TLSSettings? = nil
        ) {
            self.connectTimeout = connectTimeout
            self.readTimeout = readTimeout
            self.maximumResponseSize = max(0, maximumResponseSize)
            self.responseMode = responseMode
            self.tls = tls
        }
    }
}
