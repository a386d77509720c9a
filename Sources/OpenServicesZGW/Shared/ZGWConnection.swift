public import Foundation
public import HTTPTypes
public import OpenServicesCore

/// Where and how one ZGW API is called: the pipeline, the API root, and the roots under which the
/// provider names its resources. Every ZGW client holds one; its operations are thin calls of
/// ``send(_:_:operation:body:options:crs:)`` and the typed helpers beside it.
public struct ZGWConnection: Sendable {
    /// The API.
    public let api: ZGWAPI
    /// The pipeline every call goes through (with a ``OpenServicesCore/ZGWJWTProvider`` credential).
    public let pipeline: Pipeline
    /// The API root calls are sent to, e.g. `https://openzaak.example.nl/zaken/api/v1`.
    public let baseURL: URL
    /// Other roots the provider uses in the resource URLs it returns, mapped onto ``baseURL`` before a
    /// call: e.g. its public URL when calls are routed through an FSC outway or a reverse proxy.
    public let resourceRoots: [URL]

    /// Creates a connection.
    ///
    /// - Parameters:
    ///   - api: The API.
    ///   - pipeline: The pipeline, with a ZGW JWT credential.
    ///   - baseURL: The API root, e.g. `https://openzaak.example.nl/zaken/api/v1`.
    ///   - resourceRoots: Other API roots the provider's resource URLs may start with.
    public init(api: ZGWAPI, pipeline: Pipeline, baseURL: URL, resourceRoots: [URL] = []) {
        self.api = api
        self.pipeline = pipeline
        self.baseURL = baseURL
        self.resourceRoots = resourceRoots
    }

    /// The URL of a path below the API root.
    public func url(_ path: String, query: [(String, String)] = []) -> URL {
        OperationURL.make(baseURL, path: path, query: query)
    }

    /// Maps a resource URL the provider returned onto the URL to call: unchanged under ``baseURL``,
    /// rewritten onto ``baseURL`` when it falls under one of ``resourceRoots``.
    ///
    /// - Throws: ``OpenServicesCore/OpenServicesError`` (invalid input) when the URL belongs to neither,
    ///   e.g. a zaaktype URL given to the Zaken client.
    public func resolve<Resource>(_ resource: ZGWResourceURL<Resource>, operation: String) throws -> URL {
        let text = resource.url.absoluteString
        for root in [baseURL] + resourceRoots {
            let prefix = Self.trimmed(root)
            guard text == prefix || text.hasPrefix(prefix + "/") || text.hasPrefix(prefix + "?") else { continue }
            return URL(string: Self.trimmed(baseURL) + text.dropFirst(prefix.count))!
        }
        throw OpenServicesError(
            .invalidInput,
            "The \(Resource.self) URL \(text) is not under this \(api) API's root \(Self.trimmed(baseURL)) (rule: ZGW resource URL).",
            remediation: "Resolve it with the client of the API it belongs to, or add its root to the client's resourceRoots when the provider is reached through an FSC outway or proxy.",
            service: api.rawValue, operation: operation)
    }

    /// Sends one request through the pipeline and returns the response (2xx only; other statuses throw).
    ///
    /// Sets `Accept: application/json`, `Accept-Crs` and `Content-Crs: EPSG:4326` when `crs` is set (the Zaken
    /// specification requires both on every `/zaken` operation), `X-Audit-Toelichting` and the idempotency key from `options`. A ZGW provider's
    /// 403 for a bad JWT becomes an authentication error that says to check the secret and the clock.
    public func send(
        _ method: HTTPRequest.Method, _ url: URL, operation: String, body: ServiceBody? = nil,
        contentType: String = "application/json", options: ZGWCallOptions = .none, crs: Bool = false,
        configure: (inout ServiceRequest) -> Void = { _ in }
    ) async throws -> ServiceResponse {
        var fields: HTTPFields = [.accept: "application/json"]
        if crs {
            // The Zaken specification lists both as required on every zaken operation, reads and deletes included.
            fields[ZGWHeaders.acceptCrs] = ZGWHeaders.epsg4326
            fields[ZGWHeaders.contentCrs] = ZGWHeaders.epsg4326
        }
        if body != nil { fields[.contentType] = contentType }
        if let explanation = options.auditExplanation { fields[ZGWHeaders.auditToelichting] = explanation }
        var request = ServiceRequest(method: method, url: url, headerFields: fields, body: body)
        request.idempotencyKey = options.idempotencyKey
        configure(&request)
        let context = OperationContext(service: api.rawValue, operation: operation)
        do {
            return try await pipeline.execute(request, context: context)
        } catch let error as OpenServicesError {
            throw ZGWAuthenticationFailure.reinterpret(error, api: api)
        }
    }

    /// `GET` and decode.
    public func get<T: Decodable>(_ url: URL, operation: String, as type: T.Type, crs: Bool = false) async throws -> T {
        let response = try await send(.get, url, operation: operation, crs: crs)
        return try await response.decode(T.self, context: context(operation))
    }

    /// Sends a JSON body and decodes the JSON answer (create with `POST`, update with `PUT` or `PATCH`).
    public func send<Body: Encodable, T: Decodable>(
        _ method: HTTPRequest.Method, _ url: URL, operation: String, json: Body, as type: T.Type,
        options: ZGWCallOptions = .none, crs: Bool = false
    ) async throws -> T {
        let data = try encode(json, operation: operation)
        let response = try await send(method, url, operation: operation, body: ServiceBody(data), options: options, crs: crs)
        return try await response.decode(T.self, context: context(operation))
    }

    /// `DELETE`; the provider answers 204.
    public func delete(_ url: URL, operation: String, options: ZGWCallOptions = .none, crs: Bool = false) async throws {
        _ = try await send(.delete, url, operation: operation, options: options, crs: crs)
    }

    /// One page of a ZGW list.
    public func page<Item: Decodable & Sendable>(_ url: URL, operation: String, of item: Item.Type, crs: Bool = false) async throws -> ZGWPage<Item> {
        try await get(url, operation: operation, as: ZGWPage<Item>.self, crs: crs)
    }

    /// Every page of a ZGW list from `first`, following `next` (rewritten onto ``baseURL`` like any resource URL,
    /// also when the provider names its pages under one of ``resourceRoots``).
    public func pages<Item: Decodable & Sendable>(
        from first: URL, operation: String, of item: Item.Type, crs: Bool = false
    ) -> PageSequence<ZGWPage<Item>> {
        PageSequence(start: first, style: .nextLink { (page: ZGWPage<Item>) in rewrittenNextLink(page.next, operation: operation) }) { url in
            let target = try resolve(ZGWResourceURL<ZGWPage<Item>>(url), operation: operation)
            return try await page(target, operation: operation, of: Item.self, crs: crs)
        }
    }

    /// A page's `next` link mapped onto ``baseURL`` when it falls under one of ``resourceRoots``, so the
    /// paging's same-origin check compares like with like; any other link is returned as it came.
    func rewrittenNextLink(_ next: String?, operation: String) -> String? {
        guard let next, let url = URL(string: next), url.host != nil,
            let target = try? resolve(ZGWResourceURL<ZGWPage<Never>>(url), operation: operation)
        else { return next }
        return target.absoluteString
    }

    /// The operation's context (service and operation names) for decoding errors.
    public func context(_ operation: String) -> OperationContext {
        OperationContext(service: api.rawValue, operation: operation)
    }

    /// Encodes a request body, turning an `EncodingError` into an invalid-input error.
    public func encode(_ value: some Encodable, operation: String) throws -> Data {
        do {
            return try ZGWJSON.encoder.encode(value)
        } catch {
            throw OpenServicesError(
                .invalidInput, "The \(operation) request body could not be encoded: \(error).",
                service: api.rawValue, operation: operation)
        }
    }

    static func trimmed(_ url: URL) -> String {
        var text = url.absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        return text
    }
}
