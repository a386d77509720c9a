public import OpenServicesCore

/// One member of a BAG `_links` object: a single HAL link, or a list of them (`panden`, `bronhouders`).
///
/// ```swift
/// if case .one(let link) = adres._links?["self"] { print(link.href) }
/// ```
public enum BAGLinkValue: Hashable, Sendable, Codable {
    /// A single link.
    case one(HALLink)
    /// A list of links.
    case many([HALLink])

    /// Decodes a link or a list of links.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let list = try? container.decode([HALLink].self) {
            self = .many(list)
        } else {
            self = .one(try container.decode(HALLink.self))
        }
    }

    /// Encodes the link or the list.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .one(let link): try container.encode(link)
        case .many(let links): try container.encode(links)
        }
    }

    /// Every link, one or many.
    public var links: [HALLink] {
        switch self {
        case .one(let link): [link]
        case .many(let links): links
        }
    }
}
