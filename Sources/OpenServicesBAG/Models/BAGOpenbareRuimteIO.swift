/// BAG `OpenbareRuimteIOHal`: a openbare ruimte, the characteristics under investigation and its HAL links.
///
/// ```swift
/// let result = try await bag.publicSpace("0599300000000010")
/// ```
public struct BAGOpenbareRuimteIO: Hashable, Sendable, Codable {
    /// The openbare ruimte.
    public var openbareRuimte: BAGOpenbareRuimte
    /// The characteristics under investigation, if any.
    public var inonderzoek: [BAGKenmerkInOnderzoek]?
    /// The HAL links (`_links`).
    public var _links: BAGLinks?

    /// Creates the resource.
    public init(openbareRuimte: BAGOpenbareRuimte, inonderzoek: [BAGKenmerkInOnderzoek]? = nil, _links: BAGLinks? = nil) {
        self.openbareRuimte = openbareRuimte
        self.inonderzoek = inonderzoek
        self._links = _links
    }
}
