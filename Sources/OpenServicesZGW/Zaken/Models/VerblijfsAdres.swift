/// A residential address in the Netherlands (BAG), as a rol carries it.
public struct VerblijfsAdres: Sendable, Hashable, Codable {
    /// The BAG identification of the address.
    public var aoaIdentificatie: String
    /// The place name.
    public var wplWoonplaatsNaam: String
    /// The street name.
    public var gorOpenbareRuimteNaam: String
    /// The postcode.
    public var aoaPostcode: String?
    /// The house number.
    public var aoaHuisnummer: Int
    /// The house letter.
    public var aoaHuisletter: String?
    /// The house number addition.
    public var aoaHuisnummertoevoeging: String?
    /// A description of the location.
    public var inpLocatiebeschrijving: String?
}
