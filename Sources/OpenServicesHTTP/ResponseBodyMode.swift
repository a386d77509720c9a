/// How a connector hands the response body to the pipeline.
///
/// ```swift
/// // Download a large document without holding it in memory at once.
/// var configuration = HTTPConnector.Configuration()
/// configuration.responseMode = .streamed
/// let connector = HTTPConnector(configuration: configuration)
/// ```
public enum ResponseBodyMode: Sendable, Hashable {
    /// The whole body is read before ``OpenServicesCore/Connector/send(_:context:)`` returns (the default).
    ///
    /// The body is then a ``OpenServicesCore/ServiceBody`` held in memory, so it can be decoded, logged by size
    /// and read more than once.
    case buffered

    /// ``OpenServicesCore/Connector/send(_:context:)`` returns as soon as the response head has arrived; the
    /// body is a stream of chunks that is read once.
    ///
    /// The size limit and the attempt's deadline still apply while the stream is read: reading fails with
    /// `transport.responseTooLarge` or `timeout.attempt` when they are exceeded.
    case streamed
}
