import OpenServicesCore

/// The `_links` of a BAG resource: relation names (`self`, `nummeraanduiding`, `panden`, …) to links.
///
/// ```swift
/// let href = adres._links?.href("adresseerbaarObject")
/// ```
public struct BAGLinks: Hashable, Sendable, Codable {
    /// The links by relation name.
    public var relations: [String: BAGLinkValue]

    /// Creates a set of links.
    public init(_ relations: [String: BAGLinkValue] = [:]) {
        self.relations = relations
    }

    /// Decodes the `_links` object.
    public init(from decoder: any Decoder) throws {
        relations = try decoder.singleValueContainer().decode([String: BAGLinkValue].self)
    }

    /// Encodes the `_links` object.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(relations)
    }

    /// The link or links of a relation.
    public subscript(relation: String) -> BAGLinkValue? {
        get { relations[relation] }
        set { relations[relation] = newValue }
    }

    /// The `href` of the (first) link of a relation.
    public func href(_ relation: String) -> String? {
        relations[relation]?.links.first?.href
    }
}
