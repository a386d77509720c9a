/// BAG `Woonplaats`: a place (town or village) as listed in the national woonplaatsentabel.
///
/// ```swift
/// let woonplaats = try await bag.place("3086").value.woonplaats
/// print(woonplaats.naam)   // Rotterdam
/// ```
public struct BAGWoonplaats: Hashable, Sendable, Codable {
    /// The four-digit identification.
    public var identificatie: String
    /// The domain, `NL.IMBAG.Woonplaats`.
    public var domein: String
    /// The name.
    public var naam: String
    /// The status.
    public var status: BAGStatusWoonplaats
    /// Whether the object was found without a permit (`J`/`N`).
    public var geconstateerd: BAGIndicatie
    /// The date of the source document.
    public var documentdatum: String
    /// The number of the source document.
    public var documentnummer: String
    /// The version history.
    public var voorkomen: BAGVoorkomen

    /// Creates a woonplaats.
    public init(
        identificatie: String, domein: String = "NL.IMBAG.Woonplaats", naam: String, status: BAGStatusWoonplaats = .aangewezen,
        geconstateerd: BAGIndicatie = .nee, documentdatum: String, documentnummer: String, voorkomen: BAGVoorkomen
    ) {
        self.identificatie = identificatie
        self.domein = domein
        self.naam = naam
        self.status = status
        self.geconstateerd = geconstateerd
        self.documentdatum = documentdatum
        self.documentnummer = documentnummer
        self.voorkomen = voorkomen
    }
}
