/// BAG `Ligplaats` or `Standplaats`: a mooring or a pitch, an addressable piece of water or land.
///
/// ```swift
/// if let ligplaats = object.ligplaats?.ligplaats { print(ligplaats.identificatie) }
/// ```
public struct BAGPlaats: Hashable, Sendable, Codable {
    /// The 16-digit identification (type code 02 or 03).
    public var identificatie: String
    /// The domain, `NL.IMBAG.Ligplaats` or `NL.IMBAG.Standplaats`.
    public var domein: String
    /// The identification of the main address (nummeraanduiding).
    public var heeftAlsHoofdAdres: String
    /// The identifications of secondary addresses.
    public var heeftAlsNevenAdres: [String]?
    /// `Ligplaats` or `Standplaats`.
    public var type: BAGTypeAdresseerbaarObject?
    /// The status.
    public var status: BAGStatusPlaats
    /// The outline (GeoJSON polygon, EPSG:28992).
    public var geometrie: BAGGeometrie?
    /// Whether the object was found without a permit (`J`/`N`).
    public var geconstateerd: BAGIndicatie
    /// The date of the source document.
    public var documentdatum: String
    /// The number of the source document.
    public var documentnummer: String
    /// The version history.
    public var voorkomen: BAGVoorkomen

    /// Creates a ligplaats or standplaats.
    public init(
        identificatie: String, domein: String, heeftAlsHoofdAdres: String, heeftAlsNevenAdres: [String]? = nil,
        type: BAGTypeAdresseerbaarObject? = nil, status: BAGStatusPlaats = .aangewezen, geometrie: BAGGeometrie? = nil,
        geconstateerd: BAGIndicatie = .nee, documentdatum: String, documentnummer: String, voorkomen: BAGVoorkomen
    ) {
        self.identificatie = identificatie
        self.domein = domein
        self.heeftAlsHoofdAdres = heeftAlsHoofdAdres
        self.heeftAlsNevenAdres = heeftAlsNevenAdres
        self.type = type
        self.status = status
        self.geometrie = geometrie
        self.geconstateerd = geconstateerd
        self.documentdatum = documentdatum
        self.documentnummer = documentnummer
        self.voorkomen = voorkomen
    }
}
