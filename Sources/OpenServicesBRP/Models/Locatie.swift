/// A place in the Netherlands without an address (`Locatie`), described in words.
public struct Locatie: Codable, Sendable, Hashable {
    /// The description of the place.
    public var verblijfadres: VerblijfadresLocatie?
    /// Whether it is a living address (`W`) or a postal address (`B`).
    public var functieAdres: Waardetabel?
    /// The date the person reported living here.
    public var datumVan: AbstractDatum?
    /// Deprecated: the date these data became valid.
    public var datumIngangGeldigheid: AbstractDatum?
    /// Whether it was established that the person no longer lives here.
    public var indicatieVastgesteldVerblijftNietOpAdres: Bool?
    /// Which data are under investigation.
    public var inOnderzoek: InOnderzoek?

    /// Creates a location.
    public init(
        verblijfadres: VerblijfadresLocatie? = nil, functieAdres: Waardetabel? = nil, datumVan: AbstractDatum? = nil,
        datumIngangGeldigheid: AbstractDatum? = nil, indicatieVastgesteldVerblijftNietOpAdres: Bool? = nil, inOnderzoek: InOnderzoek? = nil
    ) {
        self.verblijfadres = verblijfadres
        self.functieAdres = functieAdres
        self.datumVan = datumVan
        self.datumIngangGeldigheid = datumIngangGeldigheid
        self.indicatieVastgesteldVerblijftNietOpAdres = indicatieVastgesteldVerblijftNietOpAdres
        self.inOnderzoek = inOnderzoek
    }
}

/// The description of a ``Locatie`` (`VerblijfadresLocatie`).
public struct VerblijfadresLocatie: Codable, Sendable, Hashable {
    /// The description, at most 35 characters, e.g. `Woonboot bij de Wijnhaven`.
    public var locatiebeschrijving: String?
    /// Whether the description is under investigation.
    public var inOnderzoek: InOnderzoek?

    /// Creates a location description.
    public init(locatiebeschrijving: String? = nil, inOnderzoek: InOnderzoek? = nil) {
        self.locatiebeschrijving = locatiebeschrijving
        self.inOnderzoek = inOnderzoek
    }
}
