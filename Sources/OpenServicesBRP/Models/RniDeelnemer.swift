/// A participant of the Registratie Niet-Ingezetenen (`RniDeelnemer`) that supplied data of a
/// person living abroad. Always delivered when present.
public struct RniDeelnemer: Codable, Sendable, Hashable {
    /// The participant (table `RNI-deelnemers`).
    public var deelnemer: Waardetabel?
    /// The treaty under which a foreign sister organisation supplied the data.
    public var omschrijvingVerdrag: String?
    /// The category the participant supplied data for, e.g. `Persoon` or `Verblijfplaats`.
    public var categorie: String?

    /// Creates an RNI participant.
    public init(deelnemer: Waardetabel? = nil, omschrijvingVerdrag: String? = nil, categorie: String? = nil) {
        self.deelnemer = deelnemer
        self.omschrijvingVerdrag = omschrijvingVerdrag
        self.categorie = categorie
    }
}
