/// KVK Zoeken `ResultaatItem`: one registration found.
///
/// ```swift
/// let page = try await kvk.search(KVKSearchQuery(naam: "Sandbox"))
/// for item in page.resultaten { print(item.kvkNummer ?? "", item.naam ?? "", item.type ?? "") }
/// ```
public struct KVKResultaatItem: Hashable, Sendable, Codable {
    /// The 8-digit KVK-nummer.
    public var kvkNummer: String?
    /// The RSIN.
    public var rsin: String?
    /// The 12-digit vestigingsnummer, for a branch.
    public var vestigingsnummer: String?
    /// The name the branch or legal entity trades under.
    public var naam: String?
    /// The address.
    public var adres: KVKZoekAdres?
    /// `hoofdvestiging`, `nevenvestiging` or `rechtspersoon`.
    public var type: KVKResultaatType?
    /// Whether the registration is active (`Ja`/`Nee`).
    public var actief: String?
    /// A former name that matched.
    public var vervallenNaam: String?
    /// Links as an array (`links`).
    public var links: KVKLinks?
    /// Links as an object (`_links`).
    public var _links: KVKLinks?

    /// Creates a result.
    public init(
        kvkNummer: String? = nil, rsin: String? = nil, vestigingsnummer: String? = nil, naam: String? = nil,
        adres: KVKZoekAdres? = nil, type: KVKResultaatType? = nil, actief: String? = nil, vervallenNaam: String? = nil,
        links: KVKLinks? = nil, _links: KVKLinks? = nil
    ) {
        self.kvkNummer = kvkNummer
        self.rsin = rsin
        self.vestigingsnummer = vestigingsnummer
        self.naam = naam
        self.adres = adres
        self.type = type
        self.actief = actief
        self.vervallenNaam = vervallenNaam
        self.links = links
        self._links = _links
    }

    /// The links of either shape.
    public var allLinks: [KVKLink] { (links?.links ?? []) + (_links?.links ?? []) }
}
