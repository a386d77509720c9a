/// The format and allowed values of an eigenschap.
public struct EigenschapSpecificatie: Sendable, Hashable, Codable {
    /// A group name.
    public var groep: String?
    /// `tekst`, `getal`, `datum` or `datum_tijd`.
    public var formaat: String
    /// The length (for numbers `N,D`: digits and decimals).
    public var lengte: String
    /// How often it may occur (`1`, `N`, …).
    public var kardinaliteit: String
    /// The allowed values; empty when any value of the format is allowed.
    public var waardenverzameling: [String]?
}
