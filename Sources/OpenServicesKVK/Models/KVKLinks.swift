/// KVK links in either of the shapes the KVK APIs use: a `links` array of `{rel, href}` (the
/// documented answers) or a HAL-style `_links` object (the Zoeken v2 schema). Both decode to the
/// same list; encoding keeps the shape that was decoded.
///
/// ```swift
/// let links = try JSONDecoder().decode(KVKLinks.self, from: Data(#"{"self":{"href":"https://api.kvk.nl/api/v2/zoeken"}}"#.utf8))
/// links.href("self")
/// ```
public struct KVKLinks: Hashable, Sendable, Codable {
    /// The links, in the order sent (object members sorted by name).
    public var links: [KVKLink]
    /// Whether the links came as a HAL-style object rather than an array.
    public var isObject: Bool

    /// Creates links.
    public init(_ links: [KVKLink], isObject: Bool = false) {
        self.links = links
        self.isObject = isObject
    }

    private struct Member: Codable {
        var href: String
        var title: String?
    }

    /// Decodes an array of `{rel, href}` or an object of `{href}` members.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let list = try? container.decode([KVKLink].self) {
            self.init(list)
        } else {
            let object = try container.decode([String: Member].self)
            self.init(object.sorted { $0.key < $1.key }.map { KVKLink(rel: $0.key, href: $0.value.href, title: $0.value.title) }, isObject: true)
        }
    }

    /// Encodes the links in the shape they were decoded in.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if isObject {
            var object: [String: Member] = [:]
            for link in links { object[link.rel ?? "link"] = Member(href: link.href, title: link.title) }
            try container.encode(object)
        } else {
            try container.encode(links)
        }
    }

    /// The `href` of the first link with relation `rel`.
    public func href(_ rel: String) -> String? {
        links.first { $0.rel == rel }?.href
    }
}
