/// Residence permit data (`Verblijfstitel`) of a person without Dutch nationality.
public struct Verblijfstitel: Codable, Sendable, Hashable {
    /// The residence status (table `Verblijfstitel`).
    public var aanduiding: Waardetabel?
    /// The date the permit ends.
    public var datumEinde: AbstractDatum?
    /// The date the permit started.
    public var datumIngang: AbstractDatum?
    /// Which permit data are under investigation.
    public var inOnderzoek: InOnderzoek?

    /// Creates residence permit data.
    public init(aanduiding: Waardetabel? = nil, datumEinde: AbstractDatum? = nil, datumIngang: AbstractDatum? = nil, inOnderzoek: InOnderzoek? = nil) {
        self.aanduiding = aanduiding
        self.datumEinde = datumEinde
        self.datumIngang = datumIngang
        self.inOnderzoek = inOnderzoek
    }
}
