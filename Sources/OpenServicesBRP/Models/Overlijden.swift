/// Death data (`Overlijden`): present only for a deceased person.
public struct Overlijden: Codable, Sendable, Hashable {
    /// The date of death.
    public var datum: AbstractDatum?
    /// The country of death.
    public var land: Waardetabel?
    /// The municipality of death.
    public var plaats: Waardetabel?
    /// Which death data are under investigation.
    public var inOnderzoek: InOnderzoek?

    /// Creates death data.
    public init(datum: AbstractDatum? = nil, land: Waardetabel? = nil, plaats: Waardetabel? = nil, inOnderzoek: InOnderzoek? = nil) {
        self.datum = datum
        self.land = land
        self.plaats = plaats
        self.inOnderzoek = inOnderzoek
    }
}
