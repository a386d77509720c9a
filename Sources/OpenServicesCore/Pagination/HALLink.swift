/// One HAL link object: `{"href": "…", "title": "…"}`.
///
/// BAG (and other HAL services) put links like this under `_links`; see ``HALLinks``.
///
/// ```swift
/// let link = try JSONDecoder().decode(HALLink.self, from: Data(#"{"href":"/adressen?page=2"}"#.utf8))
/// link.href   // "/adressen?page=2"
/// ```
public struct HALLink: Hashable, Sendable, Codable {
    /// The target: an absolute URL, a URL relative to the document, or a URI template when ``templated``.
    public var href: String
    /// Whether ``href`` is a URI template (RFC 6570) to be expanded before use.
    public var templated: Bool?
    /// A human-readable label, e.g. `Volgende pagina`.
    public var title: String?

    /// Creates a link.
    public init(href: String, templated: Bool? = nil, title: String? = nil) {
        self.href = href
        self.templated = templated
        self.title = title
    }
}
