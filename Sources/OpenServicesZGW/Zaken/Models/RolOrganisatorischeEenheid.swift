/// A unit of the own organisation as betrokkene (`organisatorische_eenheid`).
public struct RolOrganisatorischeEenheid: Sendable, Hashable, Codable {
    /// The unit's identification.
    public var identificatie: String?
    /// Its name.
    public var naam: String?
    /// Where it is housed.
    public var isGehuisvestIn: String?

    /// Creates a unit identification.
    public init(identificatie: String? = nil, naam: String? = nil, isGehuisvestIn: String? = nil) {
        self.identificatie = identificatie
        self.naam = naam
        self.isGehuisvestIn = isGehuisvestIn
    }
}
