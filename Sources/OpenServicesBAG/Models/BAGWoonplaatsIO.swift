/// BAG `WoonplaatsIOHal`: a woonplaats, the characteristics under investigation and its HAL links.
///
/// ```swift
/// let result = try await bag.place("3086")
/// ```
public struct BAGWoonplaatsIO: Hashable, Sendable, Codable {
    /// The woonplaats.
    public var woonplaats: BAGWoonplaats
    /// The characteristics under investigation, if any.
    public var inonderzoek: [BAGKenmerkInOnderzoek]?
    /// The HAL links (`_links`).
    public var _links: BAGLinks?

    /// Creates the resource.
    public init(woonplaats: BAGWoonplaats, inonderzoek: [BAGKenmerkInOnderzoek]? = nil, _links: BAGLinks? = nil) {
        self.woonplaats = woonplaats
        self.inonderzoek = inonderzoek
        self._links = _links
    }
}
