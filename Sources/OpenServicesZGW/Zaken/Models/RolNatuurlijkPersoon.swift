public import OpenServicesCore

/// A person as the betrokkene of a rol (`betrokkeneIdentificatie` of type `natuurlijk_persoon`).
///
/// The BSN is a ``OpenServicesCore/BSN``, so it prints masked (`*****3653`).
public struct RolNatuurlijkPersoon: Sendable, Hashable, Codable {
    /// The burgerservicenummer.
    public var inpBsn: BSN?
    /// The identification of a person without a BSN (ANP).
    public var anpIdentificatie: String?
    /// The A-nummer.
    public var inpA_nummer: String?
    /// The surname.
    public var geslachtsnaam: String?
    /// The surname prefix (`van`, `de`).
    public var voorvoegselGeslachtsnaam: String?
    /// The initials.
    public var voorletters: String?
    /// The given names.
    public var voornamen: String?
    /// `m`, `v` or `o`.
    public var geslachtsaanduiding: String?
    /// The date of birth (as text; may be partial).
    public var geboortedatum: String?
    /// The residential address.
    public var verblijfsadres: VerblijfsAdres?
    /// The address abroad.
    public var subVerblijfBuitenland: SubVerblijfBuitenland?

    /// Creates a person identification.
    public init(
        inpBsn: BSN? = nil, geslachtsnaam: String? = nil, voorvoegselGeslachtsnaam: String? = nil,
        voorletters: String? = nil, voornamen: String? = nil, geboortedatum: String? = nil
    ) {
        self.inpBsn = inpBsn
        self.geslachtsnaam = geslachtsnaam
        self.voorvoegselGeslachtsnaam = voorvoegselGeslachtsnaam
        self.voorletters = voorletters
        self.voornamen = voornamen
        self.geboortedatum = geboortedatum
    }
}
