/// Birth data (`Geboorte`, `GeboorteBeperkt`).
public struct Geboorte: Codable, Sendable, Hashable {
    /// The date of birth.
    public var datum: AbstractDatum?
    /// The country of birth (table `Landen`), e.g. `6030` Nederland.
    public var land: Waardetabel?
    /// The municipality of birth (table `Gemeenten`), or a foreign place name in `omschrijving`.
    public var plaats: Waardetabel?
    /// Which birth data are under investigation.
    public var inOnderzoek: InOnderzoek?

    /// Creates birth data.
    public init(datum: AbstractDatum? = nil, land: Waardetabel? = nil, plaats: Waardetabel? = nil, inOnderzoek: InOnderzoek? = nil) {
        self.datum = datum
        self.land = land
        self.plaats = plaats
        self.inOnderzoek = inOnderzoek
    }
}
