extension URLSessionConnector {
    /// The limits and behaviour of a ``URLSessionConnector``.
    ///
    /// | Setting | Default |
    /// |---|---|
    /// | ``readTimeout`` | 30 s |
    /// | ``maximumResponseSize`` | 16 MiB |
    /// | ``responseMode`` | ``ResponseBodyMode/buffered`` |
    ///
    /// URLSession has no separate connect timeout: ``readTimeout`` (the request's `timeoutInterval`) bounds
    /// connecting as well as every silence afterwards.
    ///
    /// ```swift
    /// let connector = URLSessionConnector(configuration: .init(readTimeout: .seconds(10)))
    /// ```
    public struct Configuration: Sendable, Hashable {
        /// The longest the connection may stay idle, while connecting or waiting for data; sent as
        /// `URLRequest.timeoutInterval`. When it passes, the attempt fails with `timeout.attempt`.
        public var readTimeout: Duration
        /// The largest response body, in bytes, that is accepted; a larger one fails the attempt with
        /// `transport.responseTooLarge`, and the transfer is cancelled as soon as the limit is crossed.
        public var maximumResponseSize: Int
        /// Whether the body is returned in memory or as a stream.
        ///
        /// URLSession delivers the body only once it is complete, so a streamed body is read in full
        /// (within the size limit) before it is handed over as a stream of one chunk.
        public var responseMode: ResponseBodyMode

        /// Creates a configuration; every parameter has the documented default.
        public init(
            readTimeout: Duration = .seconds(30),
            maximumResponseSize: Int = 16 << 20,
            responseMode: ResponseBodyMode = .buffered
        ) {
            self.readTimeout = readTimeout
            self.maximumResponseSize = max(0, maximumResponseSize)
            self.responseMode = responseMode
        }
    }
}
