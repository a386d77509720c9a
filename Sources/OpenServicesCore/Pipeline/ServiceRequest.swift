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
    /// Asks the connector to hand this request's response body over as a stream of chunks, read once,
    /// instead of in memory, whatever the connector's configured mode; for large downloads.
    ///
    /// ```swift
    /// var request = ServiceRequest(method: .get, url: downloadURL)
    /// request.streamsResponseBody = true
    /// request.maximumResponseSize = 1 << 30
    /// ```
    public var streamsResponseBody = false
    /// A response size limit for this request that replaces the connector's own (16 MiB by default),
    /// e.g. to allow a large document; `nil` keeps the connector's.
    public var maximumResponseSize: Int?

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
        let (scheme, authority, path) = Self.components(of: url)
        var head = HTTPRequest(method: method, scheme: scheme, authority: authority, path: path)
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
        components(of: url).authority
    }

    /// Scheme, authority and path-with-query of an absolute URL, split from its text so that
    /// percent-encoding is kept exactly and the URL is parsed once.
    static func components(of url: URL) -> (scheme: String?, authority: String?, path: String) {
        let text = url.absoluteString
        let utf8 = text.utf8
        guard let colon = utf8.firstIndex(of: UInt8(ascii: ":")),
              text.utf8[colon...].starts(with: "://".utf8)
        else { return (url.scheme, nil, text.isEmpty ? "/" : text) }
        let scheme = String(text[..<colon])
        let authorityStart = utf8.index(colon, offsetBy: 3)
        let authorityEnd = utf8[authorityStart...].firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }
            ?? utf8.endIndex
        var authority = Substring(text[authorityStart..<authorityEnd])
        if let at = authority.utf8.lastIndex(of: UInt8(ascii: "@")) {
            authority = authority[authority.utf8.index(after: at)...]  // never send user info as authority
        }
        var rest = text[authorityEnd...]
        if let hash = rest.utf8.firstIndex(of: UInt8(ascii: "#")) { rest = rest[..<hash] }
        var path = String(rest)
        if path.isEmpty || path.utf8.first == UInt8(ascii: "?") { path = "/" + path }
        return (scheme, authority.isEmpty ? nil : String(authority), path)
    }
}
