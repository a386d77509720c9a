/// A HAL collection page: paging links in `_links` and the results in `_embedded`.
///
/// `Embedded` is the service's `_embedded` object, e.g. BAG's `{"adressen": [...]}`. The HAL
/// member names map to ``links`` and ``embedded``.
///
/// ```swift
/// struct Adressen: Codable, Sendable { var adressen: [Adres]? }
/// let pages = PageSequence(start: url, style: .nextLink(\HALCollection<Adressen>.links?.next?.href)) { url in
///     try await get(url, as: HALCollection<Adressen>.self)
/// }
/// for try await adres in pages.items({ $0.embedded?.adressen ?? [] }) { … }
/// ```
public struct HALCollection<Embedded: Sendable>: Sendable {
    /// The paging links (`_links`).
    public var links: HALLinks?
    /// The embedded resources (`_embedded`); absent when a service leaves it out of an empty page.
    public var embedded: Embedded?

    /// Creates a collection page.
    public init(links: HALLinks? = nil, embedded: Embedded? = nil) {
        self.links = links
        self.embedded = embedded
    }

    private enum CodingKeys: String, CodingKey {
        case links = "_links"
        case embedded = "_embedded"
    }
}

extension HALCollection: Equatable where Embedded: Equatable {}
extension HALCollection: Hashable where Embedded: Hashable {}
extension HALCollection: Decodable where Embedded: Decodable {}
extension HALCollection: Encodable where Embedded: Encodable {}
