/// The contact person of a rol.
public struct ContactPersoonRol: Sendable, Hashable, Codable {
    /// The e-mail address.
    public var emailadres: String?
    /// The job title.
    public var functie: String?
    /// The telephone number.
    public var telefoonnummer: String?
    /// The name.
    public var naam: String

    /// Creates a contact person.
    public init(naam: String, emailadres: String? = nil, functie: String? = nil, telefoonnummer: String? = nil) {
        self.naam = naam
        self.emailadres = emailadres
        self.functie = functie
        self.telefoonnummer = telefoonnummer
    }
}
