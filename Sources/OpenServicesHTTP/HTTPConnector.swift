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
/// Without an explicit client it uses process-wide AsyncHTTPClients configured with the connect and read
/// timeouts of its ``Configuration-swift.struct``, one per event loop (see ``init(configuration:)``). Give it your own
/// `HTTPClient`, for instance `HTTPClient.shared`, with ``init(client:configuration:)``. TLS settings —
/// a PKIoverheid client certificate for mutual TLS, per-service trust anchors — go in
/// ``Configuration-swift.struct/tls``.
public struct HTTPConnector: Connector {
    /// The limits and response mode.
    public var configuration: Configuration { settings.configuration }
    /// The AsyncHTTPClient instance that sends the requests: the one given to ``init(client:configuration:)``,
    /// or, for ``init(configuration:)``, the first of the connector's clients (it has one per event loop).
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
        /// The connector's own clients, one per event loop; `nil` for a client given to it.
        let lanes: EventLoopLanes?

        init(_ configuration: Configuration, ownsTimeouts: Bool, setupFailure: OpenServicesError?, lanes: EventLoopLanes?) {
            self.configuration = configuration
            self.ownsTimeouts = ownsTimeouts
            self.setupFailure = setupFailure
            self.lanes = lanes
        }
    }

    private var ownsTimeouts: Bool { settings.ownsTimeouts }
    private var setupFailure: OpenServicesError? { settings.setupFailure }

    /// Creates a connector on process-wide AsyncHTTPClients that apply `configuration`'s connect and read timeouts.
    ///
    /// AsyncHTTPClient sets timeouts per client, not per request, so connectors with the same timeouts share
    /// their clients, kept for the life of the process like `HTTPClient.shared` and running on the same
    /// event loops: one client per loop, which share the 8 connections per host of a single client. A
    /// buffered call takes the client with the fewest calls in flight and its response is collected on that
    /// client's loop, where it arrives (the fastest way through AsyncHTTPClient; see Architecture.md); a
    /// streamed call takes the clients in turn.
    /// Unlike `HTTPClient.shared`, they do not follow redirects (credential headers never go to another
    /// host; the 3xx response is returned), do not retry failed connection attempts themselves (the
    /// pipeline's retry stage does) and do not decompress responses.
    ///
    /// ```swift
    /// let connector = HTTPConnector(configuration: .init(connectTimeout: .seconds(3)))
    /// ```
    public init(configuration: Configuration = Configuration()) {
        do {
            let lanes = try SharedClients.lanes(for: configuration)
            self.client = lanes.lanes[0].client
            self.settings = Settings(configuration, ownsTimeouts: true, setupFailure: nil, lanes: lanes)
        } catch {
            // Every call fails with the setup failure before it would use a client.
            self.client = .shared
            self.settings = Settings(
                configuration, ownsTimeouts: true,
                setupFailure: error as? OpenServicesError
                    ?? OpenServicesError(.invalidConfiguration, "The TLS settings could not be used."),
                lanes: nil)
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
        self.settings = Settings(configuration, ownsTimeouts: false, setupFailure: nil, lanes: nil)
    }

    /// Sends one attempt of `request` and returns the response, whatever its status.
    ///
    /// - Throws: ``OpenServicesCore/OpenServicesError`` for every failure.
    public func send(_ request: ServiceRequest, context: OperationContext) async throws -> ServiceResponse {
        // Only what must live across a suspension is kept in this function. The rest is in synchronous helpers
        // that are not inlined (an inlined helper's temporaries would become part of this async frame, which
        // the task allocates for every attempt), and failures are described in a cold one.
        let deadline = try start(request, context: context)
        // The connector's own clients collect a buffered response on the event loop it arrives on.
        if let lanes = settings.lanes, !streams(request), request.body == nil || request.body?.bufferedData != nil {
            let lane = lanes.leastBusy()
            return try await lane.carry { try await exchange(request, context: context, deadline: deadline, on: lane) }
        }
        let client = settings.lanes?.nextInTurn().client ?? self.client
        let response = try await head(request, on: client, context: context, deadline: deadline)
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

    /// A buffered call on one of the connector's own clients: AsyncHTTPClient's delegate API on the lane's
    /// event loop collects the whole response there, and its deadline covers the body too.
    private func exchange(
        _ request: ServiceRequest, context: OperationContext, deadline: NIODeadline, on lane: EventLoopLanes.Lane
    ) async throws -> ServiceResponse {
        let (clientRequest, collector) = try collection(for: request, context: context, deadline: deadline)
        let task = lane.client.execute(
            request: clientRequest, delegate: collector, eventLoop: .delegate(on: lane.loop),
            deadline: deadline == .distantFuture ? nil : deadline, logger: nil)
        do {
            let (head, body) = try await withTaskCancellationHandler {
                try await task.futureResult.get()
            } onCancel: {
                task.cancel()
            }
            return Self.collectedResponse(head, body)
        } catch {
            throw failure(error, afterHead: collector.receivedHead, request, context, deadline)
        }
    }

    /// The delegate-API request and the collector of its response (not inlined, to keep them out of the async frame).
    @inline(never)
    private func collection(
        for request: ServiceRequest, context: OperationContext, deadline: NIODeadline
    ) throws -> (HTTPClient.Request, BufferedResponseCollector) {
        do {
            let clientRequest = try Self.delegateRequest(for: request, context: context)
            let limit = limit(for: request)
            let failure = TransportFailure(authority: request.head.authority ?? "", context: context)
            let collector = BufferedResponseCollector(limit: limit, method: clientRequest.method) {
                failure.tooLarge(limit: limit, nil)
            }
            return (clientRequest, collector)
        } catch {
            throw failure(error, afterHead: false, request, context, deadline)
        }
    }

    /// The response made of a collected head and body.
    @inline(never)
    private static func collectedResponse(_ head: HTTPResponseHead, _ body: ByteBuffer) -> ServiceResponse {
        ServiceResponse(head: responseHead(status: head.status, headers: head.headers), body: ServiceBody(Data(buffer: body)))
    }

    /// Sends the request and waits for the response head (not inlined: its frame exists only while it waits).
    ///
    /// The path of a streamed response, a streamed upload and a supplied client: AsyncHTTPClient's async
    /// API, whose response events are handled on the connection's own event loop whatever loops the client
    /// has. Its deadline ends with the head; the body gets its own (``withDeadline(_:on:running:)``).
    @inline(never)
    private func head(
        _ request: ServiceRequest, on client: HTTPClient, context: OperationContext, deadline: NIODeadline
    ) async throws -> HTTPClientResponse {
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
        let length = Self.expectedLength(
            status: response.status, headers: response.headers, method: HTTPMethod(rawValue: request.head.method.rawValue))
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
