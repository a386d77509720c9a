/// The kind of party a rol or zaakobject points at (`betrokkeneType`, `objectType`).
public struct BetrokkeneType: ZGWEnumeration {
    /// The official text.
    public let rawValue: String

    /// Wraps the official text.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `natuurlijk_persoon`: a person.
    public static let natuurlijkPersoon: Self = "natuurlijk_persoon"
    /// `niet_natuurlijk_persoon`: an organisation with legal personality.
    public static let nietNatuurlijkPersoon: Self = "niet_natuurlijk_persoon"
    /// `vestiging`: a branch of a business.
    public static let vestiging: Self = "vestiging"
    /// `organisatorische_eenheid`: a unit of the own organisation.
    public static let organisatorischeEenheid: Self = "organisatorische_eenheid"
    /// `medewerker`: an employee.
    public static let medewerker: Self = "medewerker"
}
