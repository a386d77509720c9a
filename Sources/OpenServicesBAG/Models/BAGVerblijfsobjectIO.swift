/// BAG `VerblijfsobjectIOHal`: a verblijfsobject, the characteristics under investigation and its HAL links.
///
/// ```swift
/// let result = try await bag.residentialObject("0599010000001012")
/// ```
public struct BAGVerblijfsobjectIO: Hashable, Sendable, Codable {
    /// The verblijfsobject.
    public var verblijfsobject: BAGVerblijfsobject
    /// The characteristics under investigation, if any.
    public var inonderzoek: [BAGKenmerkInOnderzoek]?
    /// The HAL links (`_links`).
    public var _links: BAGLinks?

    /// Creates the resource.
    public init(verblijfsobject: BAGVerblijfsobject, inonderzoek: [BAGKenmerkInOnderzoek]? = nil, _links: BAGLinks? = nil) {
        self.verblijfsobject = verblijfsobject
        self.inonderzoek = inonderzoek
        self._links = _links
    }
}
