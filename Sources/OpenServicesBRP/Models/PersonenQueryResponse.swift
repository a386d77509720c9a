/// The body of a `POST /personen` answer (`PersonenQueryResponse`): the query `type` and the persons.
///
/// `Person` is ``Persoon`` for `RaadpleegMetBurgerservicenummer`, ``PersoonBeperkt`` for the
/// Zoek-operations and ``GezagPersoonBeperkt`` for `ZoekMetAdresseerbaarObjectIdentificatie`.
public struct PersonenQueryResponse<Person: Codable & Sendable>: Codable, Sendable {
    /// The query type this answers, e.g. `RaadpleegMetBurgerservicenummer`.
    public var type: String
    /// The persons found; empty when none match.
    public var personen: [Person]

    /// Creates a response.
    public init(type: String, personen: [Person]) {
        self.type = type
        self.personen = personen
    }

    private enum CodingKeys: String, CodingKey { case type, personen }

    /// Decodes the response; a missing `personen` means none were found.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.decode(String.self, forKey: .type)
        personen = try container.decodeIfPresent([Person].self, forKey: .personen) ?? []
    }
}
