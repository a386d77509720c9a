/// The object whose dates set a zaak's retention period (`processobject`).
public struct Processobject: Sendable, Hashable, Codable {
    /// The name of the attribute that holds the date.
    public var datumkenmerk: String
    /// The object's identification.
    public var identificatie: String
    /// The object's type.
    public var objecttype: String
    /// The registration that holds it.
    public var registratie: String

    /// Creates a process object.
    public init(datumkenmerk: String, identificatie: String, objecttype: String, registratie: String) {
        self.datumkenmerk = datumkenmerk
        self.identificatie = identificatie
        self.objecttype = objecttype
        self.registratie = registratie
    }
}
