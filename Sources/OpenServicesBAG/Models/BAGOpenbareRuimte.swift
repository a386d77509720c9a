/// BAG `OpenbareRuimte`: a named public space (a street, a canal, a square).
///
/// ```swift
/// let straat = try await bag.publicSpace("0599300000000010").value.openbareRuimte
/// print(straat.naam, straat.type)   // Wijnhavenkade Weg
/// ```
public struct BAGOpenbareRuimte: Hashable, Sendable, Codable {
    /// The 16-digit identification (type code 30).
    public var identificatie: String
    /// The domain, `NL.IMBAG.Openbareruimte`.
    public var domein: String
    /// The name.
    public var naam: String
    /// The kind of public space.
    public var type: BAGTypeOpenbareRuimte
    /// The status.
    public var status: BAGStatusNaamgeving
    /// The short name (at most 24 characters).
    public var korteNaam: String?
    /// Whether the object was found without a permit (`J`/`N`).
    public var geconstateerd: BAGIndicatie
    /// The date of the source document.
    public var documentdatum: String
    /// The number of the source document.
    public var documentnummer: String
    /// The version history.
    public var voorkomen: BAGVoorkomen
    /// The identification of the woonplaats it lies in.
    public var ligtIn: String

    /// Creates an openbare ruimte.
    public init(
        identificatie: String, domein: String = "NL.IMBAG.Openbareruimte", naam: String, type: BAGTypeOpenbareRuimte = .weg,
        status: BAGStatusNaamgeving = .uitgegeven, korteNaam: String? = nil, geconstateerd: BAGIndicatie = .nee,
        documentdatum: String, documentnummer: String, voorkomen: BAGVoorkomen, ligtIn: String
    ) {
        self.identificatie = identificatie
        self.domein = domein
        self.naam = naam
        self.type = type
        self.status = status
        self.korteNaam = korteNaam
        self.geconstateerd = geconstateerd
        self.documentdatum = documentdatum
        self.documentnummer = documentnummer
        self.voorkomen = voorkomen
        self.ligtIn = ligtIn
    }
}
