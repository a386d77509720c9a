/// BAG `StandplaatsIOHal`: a standplaats with its HAL links.
///
/// ```swift
/// let standplaats = try await bag.addressableObject("0518030000734523").value.standplaats?.standplaats
/// ```
public struct BAGStandplaatsIO: Hashable, Sendable, Codable {
    /// The standplaats.
    public var standplaats: BAGPlaats
    /// The characteristics under investigation, if any.
    public var inonderzoek: [BAGKenmerkInOnderzoek]?
    /// The HAL links (`_links`).
    public var _links: BAGLinks?

    /// Creates the resource.
    public init(standplaats: BAGPlaats, inonderzoek: [BAGKenmerkInOnderzoek]? = nil, _links: BAGLinks? = nil) {
        self.standplaats = standplaats
        self.inonderzoek = inonderzoek
        self._links = _links
    }
}
