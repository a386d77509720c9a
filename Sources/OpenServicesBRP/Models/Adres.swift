/// An address in the Netherlands (`Adres`), with the BAG identifications of the address and the object.
public struct Adres: Codable, Sendable, Hashable {
    /// The address itself.
    public var verblijfadres: VerblijfadresBinnenland?
    /// Whether it is a living address (`W`) or a postal address (`B`, briefadres).
    public var functieAdres: Waardetabel?
    /// The BAG identification of the verblijfsobject, standplaats or ligplaats (16 digits).
    public var adresseerbaarObjectIdentificatie: String?
    /// The BAG identification of the nummeraanduiding (16 digits).
    public var nummeraanduidingIdentificatie: String?
    /// The date the person reported living here.
    public var datumVan: AbstractDatum?
    /// Deprecated: the date these data became valid.
    public var datumIngangGeldigheid: AbstractDatum?
    /// Whether it was established that the person no longer lives here.
    public var indicatieVastgesteldVerblijftNietOpAdres: Bool?
    /// Which address data are under investigation.
    public var inOnderzoek: InOnderzoek?

    /// Creates an address.
    public init(
        verblijfadres: VerblijfadresBinnenland? = nil, functieAdres: Waardetabel? = nil,
        adresseerbaarObjectIdentificatie: String? = nil, nummeraanduidingIdentificatie: String? = nil,
        datumVan: AbstractDatum? = nil, datumIngangGeldigheid: AbstractDatum? = nil,
        indicatieVastgesteldVerblijftNietOpAdres: Bool? = nil, inOnderzoek: InOnderzoek? = nil
    ) {
        self.verblijfadres = verblijfadres
        self.functieAdres = functieAdres
        self.adresseerbaarObjectIdentificatie = adresseerbaarObjectIdentificatie
        self.nummeraanduidingIdentificatie = nummeraanduidingIdentificatie
        self.datumVan = datumVan
        self.datumIngangGeldigheid = datumIngangGeldigheid
        self.indicatieVastgesteldVerblijftNietOpAdres = indicatieVastgesteldVerblijftNietOpAdres
        self.inOnderzoek = inOnderzoek
    }
}

/// The parts of a Dutch address (`VerblijfadresBinnenland`).
public struct VerblijfadresBinnenland: Codable, Sendable, Hashable {
    /// The official street name from the BAG.
    public var officieleStraatnaam: String?
    /// The street name shortened to at most 24 characters.
    public var korteStraatnaam: String?
    /// The house number.
    public var huisnummer: Int?
    /// The house letter.
    public var huisletter: String?
    /// The house number addition.
    public var huisnummertoevoeging: String?
    /// `to` (tegenover) or `by` (bij), for an address described relative to a number.
    public var aanduidingBijHuisnummer: Waardetabel?
    /// The postcode.
    public var postcode: String?
    /// The place name.
    public var woonplaats: String?
    /// Which address parts are under investigation.
    public var inOnderzoek: InOnderzoek?

    /// Creates address parts.
    public init(
        officieleStraatnaam: String? = nil, korteStraatnaam: String? = nil, huisnummer: Int? = nil, huisletter: String? = nil,
        huisnummertoevoeging: String? = nil, aanduidingBijHuisnummer: Waardetabel? = nil, postcode: String? = nil,
        woonplaats: String? = nil, inOnderzoek: InOnderzoek? = nil
    ) {
        self.officieleStraatnaam = officieleStraatnaam
        self.korteStraatnaam = korteStraatnaam
        self.huisnummer = huisnummer
        self.huisletter = huisletter
        self.huisnummertoevoeging = huisnummertoevoeging
        self.aanduidingBijHuisnummer = aanduidingBijHuisnummer
        self.postcode = postcode
        self.woonplaats = woonplaats
        self.inOnderzoek = inOnderzoek
    }
}
