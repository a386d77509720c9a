/// One channel of an ``Abonnement`` with the filters on its kenmerken (`FilterGroup` in the
/// Notificaties API): only notifications whose kenmerken match every filter are delivered.
///
/// ```swift
/// let kanaal = AbonnementFilterGroup(naam: "zaken", filters: ["bronorganisatie": "002220647"])
/// ```
public struct AbonnementFilterGroup: Sendable, Hashable, Codable {
    /// The channel's name (`Kanaal.naam`), e.g. `zaken`.
    public var naam: String
    /// Kenmerk → required value; empty for every notification on the channel.
    public var filters: [String: String]

    /// Creates a filter group.
    public init(naam: String, filters: [String: String] = [:]) {
        self.naam = naam
        self.filters = filters
    }

    /// The official field names.
    enum CodingKeys: String, CodingKey {
        case naam, filters
    }

    /// Decodes the official JSON; missing or `null` filters are empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        naam = try container.decode(String.self, forKey: .naam)
        filters = try container.decodeIfPresent([String: String].self, forKey: .filters) ?? [:]
    }
}
