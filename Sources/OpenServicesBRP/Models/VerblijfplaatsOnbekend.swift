/// A residence that is unknown (`VerblijfplaatsOnbekend`): the municipality could not find the person.
public struct VerblijfplaatsOnbekend: Codable, Sendable, Hashable {
    /// The date from which the residence is unknown.
    public var datumVan: AbstractDatum?
    /// Deprecated: the date these data became valid.
    public var datumIngangGeldigheid: AbstractDatum?
    /// Which data are under investigation.
    public var inOnderzoek: InOnderzoek?

    /// Creates an unknown residence.
    public init(datumVan: AbstractDatum? = nil, datumIngangGeldigheid: AbstractDatum? = nil, inOnderzoek: InOnderzoek? = nil) {
        self.datumVan = datumVan
        self.datumIngangGeldigheid = datumIngangGeldigheid
        self.inOnderzoek = inOnderzoek
    }
}
