/// BAG `AdresIOHalCollection_embedded`: the `_embedded` member of a page of addresses.
///
/// ```swift
/// let page = try JSONDecoder().decode(HALCollection<BAGAdressen>.self, from: data)
/// let adressen = page.embedded?.adressen ?? []
/// ```
public struct BAGAdressen: Hashable, Sendable, Codable {
    /// The addresses on the page.
    public var adressen: [BAGAdres]?

    /// Creates the embedded list.
    public init(adressen: [BAGAdres]?) {
        self.adressen = adressen
    }
}
