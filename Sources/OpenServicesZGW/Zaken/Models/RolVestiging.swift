/// A branch of a business as betrokkene (`vestiging`).
public struct RolVestiging: Sendable, Hashable, Codable {
    /// The vestigingsnummer.
    public var vestigingsNummer: String?
    /// Its trade names.
    public var handelsnaam: [String]?
    /// Its address.
    public var verblijfsadres: VerblijfsAdres?
    /// Its address abroad.
    public var subVerblijfBuitenland: SubVerblijfBuitenland?
    /// The KVK-nummer of the business.
    public var kvkNummer: String?

    /// Creates a branch identification.
    public init(vestigingsNummer: String? = nil, handelsnaam: [String]? = nil, kvkNummer: String? = nil) {
        self.vestigingsNummer = vestigingsNummer
        self.handelsnaam = handelsnaam
        self.kvkNummer = kvkNummer
    }
}
