/// BAG `Verblijfsobject`: the smallest unit of use in a building (a home, an office, a shop).
///
/// ```swift
/// let vbo = try await bag.residentialObject("0599010000001012").value.verblijfsobject
/// print(vbo.gebruiksdoelen, vbo.oppervlakte)   // [woonfunctie] 86
/// ```
public struct BAGVerblijfsobject: Hashable, Sendable, Codable {
    /// The 16-digit identification (type code 01).
    public var identificatie: String
    /// The domain, `NL.IMBAG.Verblijfsobject`.
    public var domein: String
    /// The identification of the main address (nummeraanduiding).
    public var heeftAlsHoofdAdres: String
    /// The identifications of secondary addresses.
    public var heeftAlsNevenAdres: [String]?
    /// `Verblijfsobject`.
    public var type: BAGTypeAdresseerbaarObject
    /// The location: a point or a surface in EPSG:28992.
    public var geometrie: BAGPuntOfVlak
    /// What the object is used for.
    public var gebruiksdoelen: [BAGGebruiksdoel]
    /// The usable floor area in m².
    public var oppervlakte: Int
    /// The status.
    public var status: BAGStatusVerblijfsobject
    /// Whether the object was found without a permit (`J`/`N`).
    public var geconstateerd: BAGIndicatie
    /// The date of the source document.
    public var documentdatum: String
    /// The number of the source document.
    public var documentnummer: String
    /// The version history.
    public var voorkomen: BAGVoorkomen
    /// The identifications of the panden it is part of.
    public var maaktDeelUitVan: [String]

    /// Creates a verblijfsobject.
    public init(
        identificatie: String, domein: String = "NL.IMBAG.Verblijfsobject", heeftAlsHoofdAdres: String,
        heeftAlsNevenAdres: [String]? = nil, type: BAGTypeAdresseerbaarObject = .verblijfsobject, geometrie: BAGPuntOfVlak,
        gebruiksdoelen: [BAGGebruiksdoel], oppervlakte: Int, status: BAGStatusVerblijfsobject = .inGebruik,
        geconstateerd: BAGIndicatie = .nee, documentdatum: String, documentnummer: String, voorkomen: BAGVoorkomen,
        maaktDeelUitVan: [String]
    ) {
        self.identificatie = identificatie
        self.domein = domein
        self.heeftAlsHoofdAdres = heeftAlsHoofdAdres
        self.heeftAlsNevenAdres = heeftAlsNevenAdres
        self.type = type
        self.geometrie = geometrie
        self.gebruiksdoelen = gebruiksdoelen
        self.oppervlakte = oppervlakte
        self.status = status
        self.geconstateerd = geconstateerd
        self.documentdatum = documentdatum
        self.documentnummer = documentnummer
        self.voorkomen = voorkomen
        self.maaktDeelUitVan = maaktDeelUitVan
    }
}
