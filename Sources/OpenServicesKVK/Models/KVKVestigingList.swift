/// KVK `VestigingList`: every branch of an enterprise, with counts.
///
/// ```swift
/// let lijst = try await kvk.branches("71000011")
/// print(lijst.totaalAantalVestigingen ?? 0)
/// ```
public struct KVKVestigingList: Hashable, Sendable, Codable {
    /// The 8-digit KVK-nummer.
    public var kvkNummer: String?
    /// The number of commercial branches.
    public var aantalCommercieleVestigingen: Int?
    /// The number of non-commercial branches.
    public var aantalNietCommercieleVestigingen: Int?
    /// The number of branches.
    public var totaalAantalVestigingen: Int?
    /// The branches.
    public var vestigingen: [KVKVestigingBasis]?
    /// Links as an array (`links`).
    public var links: KVKLinks?
    /// Links as an object (`_links`).
    public var _links: KVKLinks?

    /// Creates the list.
    public init(
        kvkNummer: String? = nil, aantalCommercieleVestigingen: Int? = nil, aantalNietCommercieleVestigingen: Int? = nil,
        totaalAantalVestigingen: Int? = nil, vestigingen: [KVKVestigingBasis]? = nil, links: KVKLinks? = nil, _links: KVKLinks? = nil
    ) {
        self.kvkNummer = kvkNummer
        self.aantalCommercieleVestigingen = aantalCommercieleVestigingen
        self.aantalNietCommercieleVestigingen = aantalNietCommercieleVestigingen
        self.totaalAantalVestigingen = totaalAantalVestigingen
        self.vestigingen = vestigingen
        self.links = links
        self._links = _links
    }
}
