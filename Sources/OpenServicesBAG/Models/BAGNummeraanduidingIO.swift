/// BAG `NummeraanduidingIOHal`: a nummeraanduiding, the characteristics under investigation and its HAL links.
///
/// ```swift
/// let result = try await bag.numberDesignation("0599200000001012")
/// ```
public struct BAGNummeraanduidingIO: Hashable, Sendable, Codable {
    /// The nummeraanduiding.
    public var nummeraanduiding: BAGNummeraanduiding
    /// The characteristics under investigation, if any.
    public var inonderzoek: [BAGKenmerkInOnderzoek]?
    /// The HAL links (`_links`).
    public var _links: BAGLinks?

    /// Creates the resource.
    public init(nummeraanduiding: BAGNummeraanduiding, inonderzoek: [BAGKenmerkInOnderzoek]? = nil, _links: BAGLinks? = nil) {
        self.nummeraanduiding = nummeraanduiding
        self.inonderzoek = inonderzoek
        self._links = _links
    }
}
