/// BAG `AdresIOHal`: an address, put together from nummeraanduiding, openbare ruimte, woonplaats
/// and the addressable object, with HAL links and, when asked with `expand`, the embedded objects.
///
/// ```swift
/// let adressen = try bag.addresses(postcode: "3011WK", houseNumber: 12)
/// for try await adres in adressen.items {
///     print(adres.openbareRuimteNaam, adres.huisnummer, adres.woonplaatsNaam)   // Wijnhavenkade 12 Rotterdam
/// }
/// ```
public struct BAGAdres: Hashable, Sendable, Codable {
    /// The street name (naam of the openbare ruimte).
    public var openbareRuimteNaam: String
    /// The short street name (at most 24 characters).
    public var korteNaam: String?
    /// The house number.
    public var huisnummer: Int
    /// The house letter.
    public var huisletter: String?
    /// The house number addition.
    public var huisnummertoevoeging: String?
    /// The postcode, `1234AB`.
    public var postcode: String?
    /// The place name.
    public var woonplaatsNaam: String
    /// The nummeraanduiding identification (type code 20).
    public var nummeraanduidingIdentificatie: String
    /// The openbare ruimte identification (type code 30).
    public var openbareRuimteIdentificatie: String
    /// The four-digit woonplaats identification.
    public var woonplaatsIdentificatie: String
    /// The identification of the addressable object (verblijfsobject, ligplaats or standplaats).
    public var adresseerbaarObjectIdentificatie: String?
    /// The identifications of the panden the object lies in.
    public var pandIdentificaties: [String]?
    /// Whether this is a secondary address of the object.
    public var indicatieNevenadres: Bool?
    /// Address line 5: street, number, letter and addition.
    public var adresregel5: String?
    /// Address line 6: postcode and place.
    public var adresregel6: String?
    /// Which parts were found without a permit.
    public var geconstateerd: BAGAdresGeconstateerd?
    /// The HAL links (`_links`).
    public var _links: BAGLinks?
    /// The embedded objects (`_embedded`), when asked for with `expand`.
    public var _embedded: BAGAdresEmbedded?

    /// Creates an address.
    public init(
        openbareRuimteNaam: String, korteNaam: String? = nil, huisnummer: Int, huisletter: String? = nil,
        huisnummertoevoeging: String? = nil, postcode: String? = nil, woonplaatsNaam: String,
        nummeraanduidingIdentificatie: String, openbareRuimteIdentificatie: String, woonplaatsIdentificatie: String,
        adresseerbaarObjectIdentificatie: String? = nil, pandIdentificaties: [String]? = nil,
        indicatieNevenadres: Bool? = nil, adresregel5: String? = nil, adresregel6: String? = nil,
        geconstateerd: BAGAdresGeconstateerd? = nil, _links: BAGLinks? = nil, _embedded: BAGAdresEmbedded? = nil
    ) {
        self.openbareRuimteNaam = openbareRuimteNaam
        self.korteNaam = korteNaam
        self.huisnummer = huisnummer
        self.huisletter = huisletter
        self.huisnummertoevoeging = huisnummertoevoeging
        self.postcode = postcode
        self.woonplaatsNaam = woonplaatsNaam
        self.nummeraanduidingIdentificatie = nummeraanduidingIdentificatie
        self.openbareRuimteIdentificatie = openbareRuimteIdentificatie
        self.woonplaatsIdentificatie = woonplaatsIdentificatie
        self.adresseerbaarObjectIdentificatie = adresseerbaarObjectIdentificatie
        self.pandIdentificaties = pandIdentificaties
        self.indicatieNevenadres = indicatieNevenadres
        self.adresregel5 = adresregel5
        self.adresregel6 = adresregel6
        self.geconstateerd = geconstateerd
        self._links = _links
        self._embedded = _embedded
    }
}
