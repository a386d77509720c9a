/// KVK Zoeken `BinnenlandsAdres`: an address in the Netherlands.
///
/// ```swift
/// let adres = KVKBinnenlandsAdres(type: "bezoekadres", straatnaam: "Wijnhavenkade", huisnummer: 12, postcode: "3011WK", plaats: "Rotterdam")
/// ```
public struct KVKBinnenlandsAdres: Hashable, Sendable, Codable {
    /// `bezoekadres` or `postadres`.
    public var type: String?
    /// The street.
    public var straatnaam: String?
    /// The house number.
    public var huisnummer: Int?
    /// The house letter.
    public var huisletter: String?
    /// The PO box number (postal addresses only).
    public var postbusnummer: Int?
    /// The postcode.
    public var postcode: String?
    /// The place.
    public var plaats: String?

    /// Creates an address.
    public init(
        type: String? = nil, straatnaam: String? = nil, huisnummer: Int? = nil, huisletter: String? = nil,
        postbusnummer: Int? = nil, postcode: String? = nil, plaats: String? = nil
    ) {
        self.type = type
        self.straatnaam = straatnaam
        self.huisnummer = huisnummer
        self.huisletter = huisletter
        self.postbusnummer = postbusnummer
        self.postcode = postcode
        self.plaats = plaats
    }
}
