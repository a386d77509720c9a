public import Foundation
public import HTTPTypes

/// One HTTP request to a government service, as it travels through the pipeline.
///
/// The head is a swift-http-types `HTTPRequest`; the body is a ``ServiceBody``. Stages may
/// change the request (the credentials stage adds a header, the retry stage adds the idempotency
/// key and trace headers) before passing it on.
///
/// Its ``description`` is redacted: only allow-listed headers, no query values, no body.
public struct ServiceRequest: Sendable, CustomStringConvertible {
    /// The name of the header that carries the idempotency key.
    public static let idempotencyKeyHeader = HTTPField.Name("Idempotency-Key")!

    /// Method, URL parts and header fields.
    public var head: HTTPRequest
    /// The body, if any.
    public var body: ServiceBody?
    /// The idempotency key of this logical call, sent unchanged on every attempt.
    ///
    /// A request with a key may be retried even when its method is not safe.
    public var idempotencyKey: String?
    /// Whether the request only reads data, so it may be repeated without side effects.
    ///
    /// Defaults to `true` for `GET`, `HEAD` and `OPTIONS`. Clients set it for read-only `POST`
    /// queries such as BRP's `POST /personen`.
    public var isSafe: Bool

    /// Creates a request from its parts.
    public init(head: HTTPRequest, body: ServiceBody? = nil, idempotencyKey: String? = nil, isSafe: Bool? = nil) {
        self.head = head
        self.body = body
        self.idempotencyKey = idempotencyKey
        self.isSafe = isSafe ?? Self.isSafeMethod(head.method)
    }

    /// Creates a request for an absolute URL.
    ///
    /// ```swift
    /// let request = ServiceRequest(method: .get, url: URL(string: "https://api.bag.kadaster.nl/lvbag/individuelebevragingen/v2/adressen?postcode=2631CR&huisnummer=15")!)
    /// ```
    public init(method: HTTPRequest.Method, url: URL, headerFields: HTTPFields = [:], body: ServiceBody? = nil) {
        var head = HTTPRequest(method: method, scheme: url.scheme, authority: Self.authority(of: url), path: Self.pathAndQuery(of: url))
        head.headerFields = headerFields
        self.init(head: head, body: body)
    }

    /// The absolute URL of this request.
    public var url: URL? { head.url }

    /// Whether the retry stage may send this request again: it is safe or it carries an idempotency key,
    /// and its body can be replayed.
    public var isRetryable: Bool {
        (isSafe || idempotencyKey != nil) && (body?.isReplayable ?? true)
    }

    /// `METHOD scheme://authority/path?name=…` with query values hidden and allow-listed headers only.
    public var description: String {
        var text = "\(head.method.rawValue) \(head.scheme ?? "https")://\(head.authority ?? "")"
        text += Redaction.redactQuery(head.path ?? "/")
        let headers = Redaction.describe(head.headerFields)
        if !headers.isEmpty { text += " " + headers }
        if let length = body?.length { text += " body: \(length) bytes" }
        return text
    }

    static func isSafeMethod(_ method: HTTPRequest.Method) -> Bool {
        method == .get || method == .head || method == .options
    }

    static func authority(of url: URL) -> String? {
        guard let host = url.host else { return nil }
        let bracketed = host.contains(":") ? "[\(host)]" : host
        if let port = url.port { return "\(bracketed):\(port)" }
        return bracketed
    }

    static func pathAndQuery(of url: URL) -> String {
        var path = url.path(percentEncoded: true)
        if path.isEmpty { path = "/" }
        if let query = url.query(percentEncoded: true) { path += "?" + query }
        return path
    }
}
