/// Immigration data (`Immigratie`): when and from where the person settled in the Netherlands.
public struct Immigratie: Codable, Sendable, Hashable {
    /// The country the person lived in before settling in the Netherlands.
    public var landVanwaarIngeschreven: Waardetabel?
    /// The date the person settled in the Netherlands.
    public var datumVestigingInNederland: AbstractDatum?
    /// Whether the person registered coming from an unknown residence.
    public var vanuitVerblijfplaatsOnbekend: Bool?
    /// Whether the person settled coming from abroad.
    public var indicatieVestigingVanuitBuitenland: Bool?
    /// Which immigration data are under investigation.
    public var inOnderzoek: InOnderzoek?

    /// Creates immigration data.
    public init(
        landVanwaarIngeschreven: Waardetabel? = nil, datumVestigingInNederland: AbstractDatum? = nil,
        vanuitVerblijfplaatsOnbekend: Bool? = nil, indicatieVestigingVanuitBuitenland: Bool? = nil, inOnderzoek: InOnderzoek? = nil
    ) {
        self.landVanwaarIngeschreven = landVanwaarIngeschreven
        self.datumVestigingInNederland = datumVestigingInNederland
        self.vanuitVerblijfplaatsOnbekend = vanuitVerblijfplaatsOnbekend
        self.indicatieVestigingVanuitBuitenland = indicatieVestigingVanuitBuitenland
        self.inOnderzoek = inOnderzoek
    }
}
