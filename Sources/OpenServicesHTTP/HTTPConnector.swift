public import AsyncHTTPClient
import Foundation
import HTTPTypes
import NIOCore
import NIOFoundationCompat
import NIOHTTP1
public import OpenServicesCore

/// The production transport: sends each attempt with AsyncHTTPClient.
///
/// ```swift
/// let pipeline = Pipeline(connector: HTTPConnector(), retry: RetryPolicy(maximumAttempts: 4))
/// let request = ServiceRequest(
///     method: .get,
///     url: URL(string: "https://api.bag.kadaster.nl/lvbag/individuelebevragingen/v2/adressen?postcode=2631CR&huisnummer=15")!)
/// let response = try await pipeline.execute(request, context: OperationContext(service: "bag", operation: "adressen.zoeken"))
/// ```
///
/// Per attempt the connector
/// - applies the attempt's deadline (``OpenServicesCore/OperationContext/attemptTimeRemaining``) to
///   connecting, sending and reading the whole response body (a streamed one too), and fails with
///   `timeout.attempt` when it passes;
/// - reads at most ``Configuration-swift.struct/maximumResponseSize`` bytes and fails with
///   `transport.responseTooLarge` beyond it, in buffered and in streamed mode;
/// - maps every AsyncHTTPClient and SwiftNIO error to an ``OpenServicesCore/OpenServicesError`` with a precise
///   code (`transport.connectionRefused`, `timeout.connect`, `transport.connectionFailed`,
///   `transport.connectionReset`, `transport.tls`, `timeout.attempt`, …), and uses the first three only when
///   nothing was sent;
/// - ends at once when its task is cancelled, with `cancelled`.
///
/// Without an explicit client it uses a process-wide AsyncHTTPClient configured with the connect and read
/// timeouts of its ``Configuration-swift.struct`` (see ``init(configuration:)``). Give it your own
/// `HTTPClient`, for instance `HTTPClient.shared`, with ``init(client:configuration:)``. TLS settings —
/// a PKIoverheid client certificate for mutual TLS, per-service trust anchors — go in
/// ``Configuration-swift.struct/tls``.
public struct HTTPConnector: Connector {
    /// The limits and response mode.
    public var configuration: Configuration { settings.configuration }
    /// The AsyncHTTPClient instance that sends the requests.
    public let client: HTTPClient
    /// The rest of the connector's state, behind one reference so that the connector is two words wide and
    /// every attempt's async frame stays small.
    private let settings: Settings

    /// The configuration and what was learnt from it when the connector was made.
    private final class Settings: Sendable {
        let configuration: Configuration
        /// Whether ``HTTPConnector/client`` was configured from ``configuration``'s timeouts (so errors can name them).
        let ownsTimeouts: Bool
        /// Why the TLS settings could not be used, reported by every attempt (nothing is sent).
        let setupFailure: OpenServicesError?

        init(_ configuration: Configuration, ownsTimeouts: Bool, setupFailure: OpenServicesError?) {
            self.configuration = configuration
            self.ownsTimeouts = ownsTimeouts
            self.setupFailure = setupFailure
        }
    }

    private var ownsTimeouts: Bool { settings.ownsTimeouts }
    private var setupFailure: OpenServicesError? { settings.setupFailure }

    /// Creates a connector on a process-wide AsyncHTTPClient that applies `configuration`'s connect and read timeouts.
    ///
    /// AsyncHTTPClient sets timeouts per client, not per request, so connectors with the same timeouts share
    /// one client, kept for the life of the process like `HTTPClient.shared` and running on the same event
    /// loops. Unlike `HTTPClient.shared`, it does not follow redirects (credential headers never go to
    /// another host; the 3xx response is returned), does not retry failed connection attempts itself (the
    /// pipeline's retry stage does) and does not decompress responses.
    ///
    /// ```swift
    /// let connector = HTTPConnector(configuration: .init(connectTimeout: .seconds(3)))
    /// ```
    public init(configuration: Configuration = Configuration()) {
        do {
            self.client = try SharedClients.client(for: configuration)
            self.settings = Settings(configuration, ownsTimeouts: true, setupFailure: nil)
        } catch {
            var plain = configuration
            plain.tls = nil
            self.client = (try? SharedClients.client(for: plain)) ?? .shared
            self.settings = Settings(
                configuration, ownsTimeouts: true,
                setupFailure: error as? OpenServicesError
                    ?? OpenServicesError(.invalidConfiguration, "The TLS settings could not be used."))
        }
    }

    /// Creates a connector and checks its TLS settings (certificate, key and trust anchor files) now.
    ///
    /// ```swift
    /// let connector = try HTTPConnector(validating: .init(tls: TLSSettings(trustAnchors: "/etc/openservices/kvk-root.pem")))
    /// ```
    ///
    /// - Throws: ``OpenServicesCore/OpenServicesError`` (configuration) naming the file that cannot be used.
    public init(validating configuration: Configuration) throws {
        self.init(configuration: configuration)
        if let setupFailure { throw setupFailure }
    }

    /// Creates a connector on an AsyncHTTPClient you manage.
    ///
    /// The client's own connect and read timeouts, redirect, proxy and TLS settings apply;
    /// `configuration.connectTimeout` and `configuration.readTimeout` are not used. The size limit, the
    /// response mode, the attempt deadline and the error mapping work as with ``init(configuration:)``.
    ///
    /// ```swift
    /// let connector = HTTPConnector(client: .shared)
    /// ```
    ///
    /// - Parameters:
    ///   - client: The client; you shut it down after the last call, unless it is `HTTPClient.shared`.
    ///   - configuration: The size limit and response mode.
    public init(client: HTTPClient, configuration: Configuration = Configuration()) {
        self.client = client
        self.settings = Settings(configuration, ownsTimeouts: false, setupFailure: nil)
    }

    /// Sends one attempt of `request` and returns the response, whatever its status.
    ///
    /// - Throws: ``OpenServicesCore/OpenServicesError`` for every failure.
    public func send(_ request: ServiceRequest, context: OperationContext) async throws -> ServiceResponse {
        // Only what must live across a suspension is kept in this function. The rest is in synchronous helpers
        // that are not inlined (an inlined helper's temporaries would become part of this async frame, which
        // the task allocates for every attempt), and failures are described in a cold one.
        let deadline = try start(request, context: context)
        let response = try await head(request, context: context, deadline: deadline)
        guard !streams(request) else { return try streamedResponse(response, request, context, deadline) }
        let body = response.body
        let limit = limit(for: request)
        let buffer: ByteBuffer
        do {
            buffer = try await Self.withDeadline(deadline, on: client.eventLoopGroup, running: BodyCollection(body, limit: limit))
        } catch {
            throw failure(error, afterHead: true, request, context, deadline)
        }
        return Self.bufferedResponse(response, buffer)
    }

    /// Sends the request and waits for the response head (not inlined: its frame exists only while it waits).
    ///
    /// One path for every request: AsyncHTTPClient's async API, whose response events are handled on the
    /// connection's own event loop (its delegate API hands them to another loop about half the time, which
    /// measured ~10% slower at 64 concurrent calls). Its deadline ends with the head; the body gets its own
    /// (``withDeadline(_:on:running:)``).
    @inline(never)
    private func head(_ request: ServiceRequest, context: OperationContext, deadline: NIODeadline) async throws -> HTTPClientResponse {
        let clientRequest = try Self.clientRequest(for: request, context: context)
        do {
            return try await client.execute(clientRequest, deadline: deadline)
        } catch {
            throw failure(error, afterHead: false, request, context, deadline)
        }
    }

    /// Checks the connector's setup and the attempt's time, and returns the attempt's deadline.
    @inline(never)
    private func start(_ request: ServiceRequest, context: OperationContext) throws -> NIODeadline {
        if let setupFailure { throw setupFailure }
        if configuration.tls?.verificationDisabled == true {
            context.logger.warning(
                "TLS certificate verification is DISABLED for this call (TLSSettings.insecureNoVerificationForTestsOnly); never use this in production",
                metadata: ["openservices.service": "\(context.service)", "openservices.operation": "\(context.operation)"])
        }
        guard let remaining = context.attemptTimeRemaining else { return .distantFuture }
        guard remaining > .zero else {
            throw TransportFailure(authority: request.head.authority ?? "", context: context).attemptTimeout(afterHead: false, nil)
        }
        return .now() + TimeAmount(remaining)
    }

    /// The response with its whole body.
    @inline(never)
    private static func bufferedResponse(_ response: HTTPClientResponse, _ buffer: ByteBuffer) -> ServiceResponse {
        ServiceResponse(head: responseHead(status: response.status, headers: response.headers), body: ServiceBody(Data(buffer: buffer)))
    }

    /// The response with its body handed over as a stream, after checking the announced length against the limit.
    @inline(never)
    private func streamedResponse(
        _ response: HTTPClientResponse, _ request: ServiceRequest, _ context: OperationContext, _ deadline: NIODeadline
    ) throws -> ServiceResponse {
        let length = Self.expectedLength(of: response, method: HTTPMethod(rawValue: request.head.method.rawValue))
        let limit = limit(for: request)
        if let length, length > limit {
            throw TransportFailure(authority: request.head.authority ?? "", context: context).tooLarge(limit: limit, nil)
        }
        let reader = StreamedBodyReader(
            body: response.body, attempt: attempt(request, context, deadline), eventLoopGroup: client.eventLoopGroup)
        return ServiceResponse(
            head: Self.responseHead(status: response.status, headers: response.headers),
            body: ServiceBody(stream: reader.stream(), length: length))
    }

    /// The error for a failed attempt, boxed once (the hot path keeps no room for it).
    @inline(never)
    private func failure(
        _ error: any Error, afterHead: Bool, _ request: ServiceRequest, _ context: OperationContext, _ deadline: NIODeadline
    ) -> any Error {
        attempt(request, context, deadline).error(for: error, afterHead: afterHead)
    }

    /// Whether the response body is handed over as a stream: the request asks for it or the connector is set so.
    private func streams(_ request: ServiceRequest) -> Bool {
        request.streamsResponseBody || configuration.responseMode == .streamed
    }

    /// The request's own size limit, else the connector's.
    private func limit(for request: ServiceRequest) -> Int {
        request.maximumResponseSize.map { max(0, $0) } ?? configuration.maximumResponseSize
    }

    private func attempt(_ request: ServiceRequest, _ context: OperationContext, _ deadline: NIODeadline) -> Attempt {
        Attempt(
            failure: TransportFailure(authority: request.head.authority ?? "", context: context),
            deadline: deadline,
            connectTimeout: ownsTimeouts ? configuration.connectTimeout : nil,
            readTimeout: ownsTimeouts ? configuration.readTimeout : nil,
            maximumResponseSize: limit(for: request),
            hasClientIdentity: configuration.tls?.clientIdentity != nil)
    }
}
