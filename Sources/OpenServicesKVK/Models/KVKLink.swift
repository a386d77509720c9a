/// One KVK link: `{"rel": "basisprofiel", "href": "…"}` in a `links` array, or a member of a
/// `_links` object (`{"basisprofiel": {"href": "…"}}`), where the member name becomes ``rel``.
///
/// ```swift
/// let href = item.allLinks.first { $0.rel == "vestigingsprofiel" }?.href
/// ```
public struct KVKLink: Hashable, Sendable, Codable {
    /// The relation, e.g. `self`, `basisprofiel`, `vestigingsprofiel`.
    public var rel: String?
    /// The target URL.
    public var href: String
    /// A label, when given.
    public var title: String?

    /// Creates a link.
    public init(rel: String? = nil, href: String, title: String? = nil) {
        self.rel = rel
        self.href = href
        self.title = title
    }
}
