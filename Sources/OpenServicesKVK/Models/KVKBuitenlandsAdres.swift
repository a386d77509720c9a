/// KVK Zoeken `BuitenlandsAdres`: an address abroad.
///
/// ```swift
/// let adres = KVKBuitenlandsAdres(type: "bezoekadres", straatHuisnummer: "53 Rue de Tilsitt", postcodeWoonplaats: "75008 Parijs", land: "Frankrijk")
/// ```
public struct KVKBuitenlandsAdres: Hashable, Sendable, Codable {
    /// `bezoekadres` or `postadres`.
    public var type: String?
    /// Street and number.
    public var straatHuisnummer: String?
    /// Postcode and place.
    public var postcodeWoonplaats: String?
    /// The country.
    public var land: String?

    /// Creates an address.
    public init(type: String? = nil, straatHuisnummer: String? = nil, postcodeWoonplaats: String? = nil, land: String? = nil) {
        self.type = type
        self.straatHuisnummer = straatHuisnummer
        self.postcodeWoonplaats = postcodeWoonplaats
        self.land = land
    }
}
