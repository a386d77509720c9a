/// BAG `PandIOHal`: a pand, the characteristics under investigation and its HAL links.
///
/// ```swift
/// let result = try await bag.building("0599100000001012")
/// ```
public struct BAGPandIO: Hashable, Sendable, Codable {
    /// The pand.
    public var pand: BAGPand
    /// The characteristics under investigation, if any.
    public var inonderzoek: [BAGKenmerkInOnderzoek]?
    /// The HAL links (`_links`).
    public var _links: BAGLinks?

    /// Creates the resource.
    public init(pand: BAGPand, inonderzoek: [BAGKenmerkInOnderzoek]? = nil, _links: BAGLinks? = nil) {
        self.pand = pand
        self.inonderzoek = inonderzoek
        self._links = _links
    }
}
