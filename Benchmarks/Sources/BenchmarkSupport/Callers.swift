import AsyncHTTPClient
import Foundation
import NIOCore
import NIOFoundationCompat
import OpenServicesCore
import OpenServicesHTTP

/// The ways of making the same call that the benchmarks compare.
///
/// Each side runs as it is set up by default: raw AsyncHTTPClient as `HTTPClient.shared`, OpenServices as
/// `HTTPConnector()` with its own clients (one per event loop, sharing the 8 connections per host that one
/// client has), so neither opens more connections than the other.
public struct Callers: Sendable {
    let url: URL
    let pipeline: Pipeline
    let client: HTTPClient
    let connector: HTTPConnector
    let perLoopClients: PerLoopClients

    /// - Parameter client: The client of the raw path.
    public init(baseURL: String, client: HTTPClient = .shared) {
        url = URL(string: baseURL + "/adressen?postcode=2631CR&huisnummer=15")!
        self.client = client
        connector = HTTPConnector()
        pipeline = Pipeline(connector: connector)
        perLoopClients = PerLoopClients(url: url.absoluteString)
    }

    /// GET through the full OpenServices pipeline (telemetry, retry, HTTPConnector) and decode.
    public func viaPipeline() async throws -> Adressen {
        try await call { request, context in try await pipeline.execute(request, context: context) }
    }

    /// GET through HTTPConnector alone, without the pipeline's stages, and decode: the transport's share.
    public func viaConnector() async throws -> Adressen {
        try await call { request, context in try await connector.send(request, context: context) }
    }

    /// Makes the request and context of one call, sends them with `send` and decodes the answer.
    private func call(
        _ send: (ServiceRequest, OperationContext) async throws -> ServiceResponse
    ) async throws -> Adressen {
        var request = ServiceRequest(method: .get, url: url)
        request.head.headerFields[.accept] = "application/hal+json"
        let context = OperationContext(service: "bag", operation: "adressen.zoeken")
        let response = try await send(request, context)
        return try await response.decode(Adressen.self, context: context)
    }

    /// GET with AsyncHTTPClient directly and decode with the same decoder.
    public func viaRawClient() async throws -> Adressen {
        var request = HTTPClientRequest(url: url.absoluteString)
        request.headers.add(name: "Accept", value: "application/hal+json")
        let response = try await client.execute(request, timeout: .seconds(30))
        let body = try await response.body.collect(upTo: 16 << 20)
        return try JSONDecoder().decode(Adressen.self, from: Data(buffer: body))
    }

    /// GET with AsyncHTTPClient used the way `HTTPConnector` uses it (delegate API on one client per event
    /// loop), without OpenServices, and decode: shows how much of a difference is the transport's.
    public func viaPerLoopClients() async throws -> Adressen {
        let body = try await perLoopClients.get()
        return try JSONDecoder().decode(Adressen.self, from: Data(buffer: body))
    }

    /// Runs `calls` calls with at most `concurrency` in flight.
    public static func run(
        _ calls: Int, concurrency: Int, _ call: @escaping @Sendable () async throws -> Adressen
    ) async throws {
        if concurrency == 1 {
            for _ in 0..<calls { _ = try await call() }
            return
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            var started = 0
            while started < min(concurrency, calls) {
                group.addTask { _ = try await call() }
                started += 1
            }
            while try await group.next() != nil {
                if started < calls {
                    group.addTask { _ = try await call() }
                    started += 1
                }
            }
        }
    }
}

/// A connector that answers at once with the loopback server's document, to measure the pipeline's own cost.
public struct ImmediateConnector: Connector {
    public init() {}
    public func send(_ request: ServiceRequest, context: OperationContext) async throws -> ServiceResponse {
        ServiceResponse(status: .ok, headerFields: [.contentType: "application/hal+json"], body: ImmediateConnector.document)
    }
    static let document = Data(LoopbackServer.document.utf8)
}

extension Callers {
    /// The pipeline with a connector that answers at once: only the pipeline's own cost and the decoding.
    public static func pipelineOnly() -> @Sendable () async throws -> Adressen {
        let pipeline = Pipeline(connector: ImmediateConnector())
        let url = URL(string: "http://127.0.0.1/adressen?postcode=2631CR&huisnummer=15")!
        return {
            let request = ServiceRequest(method: .get, url: url)
            let context = OperationContext(service: "bag", operation: "adressen.zoeken")
            let response = try await pipeline.execute(request, context: context)
            return try await response.decode(Adressen.self, context: context)
        }
    }

    /// Only the decoding, for comparison with ``pipelineOnly()``.
    public static func decodeOnly() -> @Sendable () async throws -> Adressen {
        { try JSONDecoder().decode(Adressen.self, from: ImmediateConnector.document) }
    }
}
