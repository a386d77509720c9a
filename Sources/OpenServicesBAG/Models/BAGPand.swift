/// BAG `Pand`: a building.
///
/// ```swift
/// let pand = try await bag.building("0599100000001012").value.pand
/// print(pand.oorspronkelijkBouwjaar, pand.status)   // 1931 Pand in gebruik
/// ```
public struct BAGPand: Hashable, Sendable, Codable {
    /// The 16-digit identification (type code 10).
    public var identificatie: String
    /// The domain, `NL.IMBAG.Pand`.
    public var domein: String
    /// The outline (a GeoJSON polygon in EPSG:28992).
    public var geometrie: BAGGeometrie
    /// The original construction year, four digits.
    public var oorspronkelijkBouwjaar: String
    /// The status.
    public var status: BAGStatusPand
    /// Whether the object was found without a permit (`J`/`N`).
    public var geconstateerd: BAGIndicatie
    /// The date of the source document.
    public var documentdatum: String
    /// The number of the source document.
    public var documentnummer: String
    /// The version history.
    public var voorkomen: BAGVoorkomen

    /// Creates a pand.
    public init(
        identificatie: String, domein: String = "NL.IMBAG.Pand", geometrie: BAGGeometrie, oorspronkelijkBouwjaar: String,
        status: BAGStatusPand = .inGebruik, geconstateerd: BAGIndicatie = .nee, documentdatum: String,
        documentnummer: String, voorkomen: BAGVoorkomen
    ) {
        self.identificatie = identificatie
        self.domein = domein
        self.geometrie = geometrie
        self.oorspronkelijkBouwjaar = oorspronkelijkBouwjaar
        self.status = status
        self.geconstateerd = geconstateerd
        self.documentdatum = documentdatum
        self.documentnummer = documentnummer
        self.voorkomen = voorkomen
    }
}
