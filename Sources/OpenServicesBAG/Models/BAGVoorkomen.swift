/// BAG `VoorkomenLV`: the registration history of one version (voorkomen) of an object.
///
/// Times are ISO 8601 strings exactly as the service sends them.
///
/// ```swift
/// let pand = try await bag.building("0599100000001012").value.pand
/// print(pand.voorkomen.beginGeldigheid)   // "2004-03-01"
/// ```
public struct BAGVoorkomen: Hashable, Sendable, Codable {
    /// When the version was registered at the source (`tijdstipRegistratie`).
    public var tijdstipRegistratie: String
    /// The version number (`versie`).
    public var versie: Int
    /// When the registration ended (`eindRegistratie`).
    public var eindRegistratie: String?
    /// The date the version became valid (`beginGeldigheid`).
    public var beginGeldigheid: String
    /// The date the version stopped being valid (`eindGeldigheid`).
    public var eindGeldigheid: String?
    /// When the version became inactive (`tijdstipInactief`).
    public var tijdstipInactief: String?
    /// When the version was registered in the Landelijke Voorziening (`tijdstipRegistratieLV`).
    public var tijdstipRegistratieLV: String
    /// When the object left the BAG (`tijdstipNietBAG`).
    public var tijdstipNietBAG: String?
    /// When the registration ended in the Landelijke Voorziening (`tijdstipEindRegistratieLV`).
    public var tijdstipEindRegistratieLV: String?
    /// When the version became inactive in the Landelijke Voorziening (`tijdstipInactiefLV`).
    public var tijdstipInactiefLV: String?

    /// Creates a voorkomen.
    public init(
        tijdstipRegistratie: String, versie: Int, eindRegistratie: String? = nil, beginGeldigheid: String,
        eindGeldigheid: String? = nil, tijdstipInactief: String? = nil, tijdstipRegistratieLV: String,
        tijdstipNietBAG: String? = nil, tijdstipEindRegistratieLV: String? = nil, tijdstipInactiefLV: String? = nil
    ) {
        self.tijdstipRegistratie = tijdstipRegistratie
        self.versie = versie
        self.eindRegistratie = eindRegistratie
        self.beginGeldigheid = beginGeldigheid
        self.eindGeldigheid = eindGeldigheid
        self.tijdstipInactief = tijdstipInactief
        self.tijdstipRegistratieLV = tijdstipRegistratieLV
        self.tijdstipNietBAG = tijdstipNietBAG
        self.tijdstipEindRegistratieLV = tijdstipEindRegistratieLV
        self.tijdstipInactiefLV = tijdstipInactiefLV
    }
}
