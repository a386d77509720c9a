/// A child of the person (`Kind`).
public struct Kind: Codable, Sendable, Hashable {
    /// The child's BSN.
    public var burgerservicenummer: String?
    /// The child's name.
    public var naam: Naam?
    /// The child's birth.
    public var geboorte: Geboorte?
    /// Which child data are under investigation.
    public var inOnderzoek: InOnderzoek?

    /// Creates a child.
    public init(burgerservicenummer: String? = nil, naam: Naam? = nil, geboorte: Geboorte? = nil, inOnderzoek: InOnderzoek? = nil) {
        self.burgerservicenummer = burgerservicenummer
        self.naam = naam
        self.geboorte = geboorte
        self.inOnderzoek = inOnderzoek
    }
}
