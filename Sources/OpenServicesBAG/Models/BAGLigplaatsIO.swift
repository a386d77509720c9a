/// BAG `LigplaatsIOHal`: a ligplaats with its HAL links.
///
/// ```swift
/// let ligplaats = try await bag.addressableObject("0363020000881621").value.ligplaats?.ligplaats
/// ```
public struct BAGLigplaatsIO: Hashable, Sendable, Codable {
    /// The ligplaats.
    public var ligplaats: BAGPlaats
    /// The characteristics under investigation, if any.
    public var inonderzoek: [BAGKenmerkInOnderzoek]?
    /// The HAL links (`_links`).
    public var _links: BAGLinks?

    /// Creates the resource.
    public init(ligplaats: BAGPlaats, inonderzoek: [BAGKenmerkInOnderzoek]? = nil, _links: BAGLinks? = nil) {
        self.ligplaats = ligplaats
        self.inonderzoek = inonderzoek
        self._links = _links
    }
}
