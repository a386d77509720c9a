/// An employee as betrokkene (`medewerker`).
public struct RolMedewerker: Sendable, Hashable, Codable {
    /// The employee's identification.
    public var identificatie: String?
    /// The surname.
    public var achternaam: String?
    /// The initials.
    public var voorletters: String?
    /// The surname prefix.
    public var voorvoegselAchternaam: String?

    /// Creates an employee identification.
    public init(identificatie: String? = nil, achternaam: String? = nil, voorletters: String? = nil, voorvoegselAchternaam: String? = nil) {
        self.identificatie = identificatie
        self.achternaam = achternaam
        self.voorletters = voorletters
        self.voorvoegselAchternaam = voorvoegselAchternaam
    }
}
