public import OpenServicesCore

#if canImport(FoundationNetworking)
import Foundation
public import FoundationNetworking
#else
public import Foundation
#endif

/// A transport on Foundation's `URLSession` (libcurl on Linux), for hosts that already configure one
/// (proxies, certificates, protocol classes) or cannot use SwiftNIO.
///
/// ```swift
/// let pipeline = Pipeline(connector: URLSessionConnector(session: .shared))
/// ```
///
/// It keeps the semantics of ``HTTPConnector`` as far as URLSession allows: the attempt's deadline ends the
/// transfer with `timeout.attempt`, ``Configuration-swift.struct/readTimeout`` becomes the request's
/// `timeoutInterval`, the size limit cancels the transfer once crossed, redirects are returned rather than
/// followed, and `URLError` codes map to the same ``OpenServicesCore/OpenServicesError`` codes.
///
/// Differences, all due to URLSession:
/// - there is no connect timeout of its own, and a timeout cannot tell connecting from waiting, so every
///   timeout is `timeout.attempt` (never `timeout.connect`);
/// - a streamed request body is collected in memory before it is sent;
/// - the response body arrives complete, so ``ResponseBodyMode/streamed`` yields it as one chunk;
/// - header field order and repeated response fields are as URLSession reports them (combined).
public struct URLSessionConnector: Connector {
    /// The session that performs the transfers.
    public let session: URLSession
    /// The limits and response mode.
    public let configuration: Configuration

    /// Creates a connector.
    ///
    /// - Parameters:
    ///   - session: The session; its own delegate is not called for the transfers of this connector.
    ///   - configuration: The timeout, size limit and response mode.
    public init(session: URLSession = .shared, configuration: Configuration = Configuration()) {
        self.session = session
        self.configuration = configuration
    }

    /// Sends one attempt of `request` and returns the response, whatever its status.
    ///
    /// - Throws: ``OpenServicesCore/OpenServicesError`` for every failure.
    public func send(_ request: ServiceRequest, context: OperationContext) async throws -> ServiceResponse {
        let failure = TransportFailure(authority: request.head.authority ?? "", context: context)
        let remaining = context.attemptTimeRemaining
        if let remaining, remaining <= .zero { throw failure.attemptTimeout(afterHead: false, nil) }
        let start = ContinuousClock.now
        var urlRequest = try await Self.urlRequest(for: request, failure: failure)
        urlRequest.timeoutInterval = Self.seconds(remaining.map { min($0, configuration.readTimeout) } ?? configuration.readTimeout)

        let limit = request.maximumResponseSize.map { max(0, $0) } ?? configuration.maximumResponseSize
        let delegate = TaskDelegate(limit: limit)
        let outcome: Outcome
        do {
            outcome = try await transfer(urlRequest, delegate: delegate, within: remaining)
        } catch {
            let deadlinePassed = remaining.map { ContinuousClock.now - start >= $0 } ?? false
            throw mapError(error, failure: failure, delegate: delegate, deadlinePassed: deadlinePassed)
        }
        guard case .completed(let data, let response) = outcome else {
            throw failure.attemptTimeout(afterHead: delegate.receivedBytes > 0, nil)
        }
        guard let httpResponse = response as? HTTPURLResponse else {
            throw failure.malformedResponse(nil)
        }
        guard data.count <= limit else {
            throw failure.tooLarge(limit: limit, nil)
        }
        let head = Self.responseHead(of: httpResponse)
        switch request.streamsResponseBody ? ResponseBodyMode.streamed : configuration.responseMode {
        case .buffered:
            return ServiceResponse(head: head, body: ServiceBody(data))
        case .streamed:
            let stream = AsyncThrowingStream<Data, any Error> { continuation in
                if !data.isEmpty { continuation.yield(data) }
                continuation.finish()
            }
            return ServiceResponse(head: head, body: ServiceBody(stream: stream, length: data.count))
        }
    }

    /// How a transfer ended: with the body and response, or because the attempt's deadline passed first.
    enum Outcome: @unchecked Sendable {
        case completed(Data, URLResponse)
        case deadlinePassed
    }

    /// Runs the transfer, racing it against the attempt's deadline; the loser is cancelled.
    private func transfer(_ urlRequest: URLRequest, delegate: TaskDelegate, within remaining: Duration?) async throws -> Outcome {
        let session = self.session
        guard let remaining else {
            let (data, response) = try await session.data(for: urlRequest, delegate: delegate)
            return .completed(data, response)
        }
        return try await withThrowingTaskGroup(of: Outcome.self) { group in
            group.addTask {
                let (data, response) = try await session.data(for: urlRequest, delegate: delegate)
                return .completed(data, response)
            }
            group.addTask {
                try await Task.sleep(for: remaining)
                return .deadlinePassed
            }
            defer { group.cancelAll() }
            guard let first = try await group.next() else { return .deadlinePassed }
            return first
        }
    }

    static func seconds(_ duration: Duration) -> TimeInterval {
        let (seconds, attoseconds) = duration.components
        return max(0.001, TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18)
    }
}
