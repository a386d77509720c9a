/// One Locatieserver document (a Solr doc): an address, road, postcode, place, municipality,
/// parcel, … Which fields are present depends on the ``type`` and on `fl`.
///
/// ```swift
/// let page = try await pdok.free("Wijnhavenkade 12 Rotterdam", filters: ["type:adres"])
/// if let adres = page.response.docs.first {
///     print(adres.weergavenaam ?? "", adres.centroide_ll?.latitude ?? 0)
/// }
/// ```
public struct PDOKDocument: Hashable, Sendable, Codable {
    /// The document id, e.g. `adr-…`; pass it to `lookup`.
    public var id: String?
    /// The identification in the source register (for an address: verblijfsobject and nummeraanduiding ids).
    public var identificatie: String?
    /// The display name, e.g. `Wijnhavenkade 12, 3011WK Rotterdam`.
    public var weergavenaam: String?
    /// The source register, e.g. `BAG`, `NWB`, `DKK`, `CBS`.
    public var bron: String?
    /// The kind of document.
    public var type: PDOKDocumentType?
    /// The sub-kind, for types that have one.
    public var subtype: String?
    /// The relevance score.
    public var score: Double?
    /// The distance in metres from the given point (`reverse`).
    public var afstand: Double?
    /// The kind of address (`suggest`).
    public var adrestype: String?
    /// The BAG openbare ruimte identification.
    public var openbareruimte_id: String?
    /// The kind of openbare ruimte, e.g. `Weg`.
    public var openbareruimtetype: String?
    /// The Nationaal Wegenbestand id.
    public var nwb_id: String?
    /// The street.
    public var straatnaam: String?
    /// The shortened street name.
    public var straatnaam_verkort: String?
    /// The BAG addressable object identification.
    public var adresseerbaarobject_id: String?
    /// The BAG nummeraanduiding identification.
    public var nummeraanduiding_id: String?
    /// The house number.
    public var huisnummer: Int?
    /// The house letter.
    public var huisletter: String?
    /// The house number addition.
    public var huisnummertoevoeging: String?
    /// Number, letter and addition together, e.g. `88B`.
    public var huis_nlt: String?
    /// The postcode.
    public var postcode: String?
    /// The neighbourhood (CBS buurt).
    public var buurtnaam: String?
    /// The CBS buurt code.
    public var buurtcode: String?
    /// The district (CBS wijk).
    public var wijknaam: String?
    /// The CBS wijk code.
    public var wijkcode: String?
    /// The BAG woonplaats identification.
    public var woonplaatscode: String?
    /// The place.
    public var woonplaatsnaam: String?
    /// The municipality code.
    public var gemeentecode: String?
    /// The municipality.
    public var gemeentenaam: String?
    /// The province code, e.g. `PV28`.
    public var provinciecode: String?
    /// The province.
    public var provincienaam: String?
    /// The province abbreviation, e.g. `ZH`.
    public var provincieafkorting: String?
    /// The cadastral municipality code (parcels).
    public var kadastrale_gemeentecode: String?
    /// The cadastral municipality (parcels).
    public var kadastrale_gemeentenaam: String?
    /// The cadastral section (parcels).
    public var kadastrale_sectie: String?
    /// The parcel number (parcels).
    public var perceelnummer: Int?
    /// The cadastral area in m² (parcels).
    public var kadastrale_grootte: Double?
    /// The cadastral parcels linked to the address.
    public var gekoppeld_perceel: [String]?
    /// The centre in WGS84: x = longitude, y = latitude.
    public var centroide_ll: PDOKPoint?
    /// The centre in Rijksdriehoek (EPSG:28992).
    public var centroide_rd: PDOKPoint?
    /// The geometry in WGS84, as WKT.
    public var geometrie_ll: String?
    /// The geometry in Rijksdriehoek, as WKT.
    public var geometrie_rd: String?

    /// Creates a document; every field is optional, as with `fl`.
    public init(
        id: String? = nil,
        identificatie: String? = nil,
        weergavenaam: String? = nil,
        bron: String? = nil,
        type: PDOKDocumentType? = nil,
        subtype: String? = nil,
        score: Double? = nil,
        afstand: Double? = nil,
        adrestype: String? = nil,
        openbareruimte_id: String? = nil,
        openbareruimtetype: String? = nil,
        nwb_id: String? = nil,
        straatnaam: String? = nil,
        straatnaam_verkort: String? = nil,
        adresseerbaarobject_id: String? = nil,
        nummeraanduiding_id: String? = nil,
        huisnummer: Int? = nil,
        huisletter: String? = nil,
        huisnummertoevoeging: String? = nil,
        huis_nlt: String? = nil,
        postcode: String? = nil,
        buurtnaam: String? = nil,
        buurtcode: String? = nil,
        wijknaam: String? = nil,
        wijkcode: String? = nil,
        woonplaatscode: String? = nil,
        woonplaatsnaam: String? = nil,
        gemeentecode: String? = nil,
        gemeentenaam: String? = nil,
        provinciecode: String? = nil,
        provincienaam: String? = nil,
        provincieafkorting: String? = nil,
        kadastrale_gemeentecode: String? = nil,
        kadastrale_gemeentenaam: String? = nil,
        kadastrale_sectie: String? = nil,
        perceelnummer: Int? = nil,
        kadastrale_grootte: Double? = nil,
        gekoppeld_perceel: [String]? = nil,
        centroide_ll: PDOKPoint? = nil,
        centroide_rd: PDOKPoint? = nil,
        geometrie_ll: String? = nil,
        geometrie_rd: String? = nil
    ) {
        self.id = id
        self.identificatie = identificatie
        self.weergavenaam = weergavenaam
        self.bron = bron
        self.type = type
        self.subtype = subtype
        self.score = score
        self.afstand = afstand
        self.adrestype = adrestype
        self.openbareruimte_id = openbareruimte_id
        self.openbareruimtetype = openbareruimtetype
        self.nwb_id = nwb_id
        self.straatnaam = straatnaam
        self.straatnaam_verkort = straatnaam_verkort
        self.adresseerbaarobject_id = adresseerbaarobject_id
        self.nummeraanduiding_id = nummeraanduiding_id
        self.huisnummer = huisnummer
        self.huisletter = huisletter
        self.huisnummertoevoeging = huisnummertoevoeging
        self.huis_nlt = huis_nlt
        self.postcode = postcode
        self.buurtnaam = buurtnaam
        self.buurtcode = buurtcode
        self.wijknaam = wijknaam
        self.wijkcode = wijkcode
        self.woonplaatscode = woonplaatscode
        self.woonplaatsnaam = woonplaatsnaam
        self.gemeentecode = gemeentecode
        self.gemeentenaam = gemeentenaam
        self.provinciecode = provinciecode
        self.provincienaam = provincienaam
        self.provincieafkorting = provincieafkorting
        self.kadastrale_gemeentecode = kadastrale_gemeentecode
        self.kadastrale_gemeentenaam = kadastrale_gemeentenaam
        self.kadastrale_sectie = kadastrale_sectie
        self.perceelnummer = perceelnummer
        self.kadastrale_grootte = kadastrale_grootte
        self.gekoppeld_perceel = gekoppeld_perceel
        self.centroide_ll = centroide_ll
        self.centroide_rd = centroide_rd
        self.geometrie_ll = geometrie_ll
        self.geometrie_rd = geometrie_rd
    }
}
