/// An address abroad (`VerblijfplaatsBuitenland`).
public struct VerblijfplaatsBuitenland: Codable, Sendable, Hashable {
    /// The foreign address.
    public var verblijfadres: VerblijfadresBuitenland?
    /// The date the person reported living there.
    public var datumVan: AbstractDatum?
    /// Deprecated: the date these data became valid.
    public var datumIngangGeldigheid: AbstractDatum?
    /// Which data are under investigation.
    public var inOnderzoek: InOnderzoek?

    /// Creates a foreign residence.
    public init(
        verblijfadres: VerblijfadresBuitenland? = nil, datumVan: AbstractDatum? = nil,
        datumIngangGeldigheid: AbstractDatum? = nil, inOnderzoek: InOnderzoek? = nil
    ) {
        self.verblijfadres = verblijfadres
        self.datumVan = datumVan
        self.datumIngangGeldigheid = datumIngangGeldigheid
        self.inOnderzoek = inOnderzoek
    }
}

/// The lines of a foreign address (`VerblijfadresBuitenland`).
public struct VerblijfadresBuitenland: Codable, Sendable, Hashable {
    /// Usually street and number (at most 40 characters).
    public var regel1: String?
    /// Usually postcode and place (at most 50 characters).
    public var regel2: String?
    /// Optional region (at most 35 characters).
    public var regel3: String?
    /// The country (table `Landen`).
    public var land: Waardetabel?
    /// Which lines are under investigation.
    public var inOnderzoek: InOnderzoek?

    /// Creates a foreign address.
    public init(regel1: String? = nil, regel2: String? = nil, regel3: String? = nil, land: Waardetabel? = nil, inOnderzoek: InOnderzoek? = nil) {
        self.regel1 = regel1
        self.regel2 = regel2
        self.regel3 = regel3
        self.land = land
        self.inOnderzoek = inOnderzoek
    }
}
