/// KVK `Adres` of Basisprofiel and Vestigingsprofiel: a visiting or correspondence address.
///
/// ```swift
/// let bezoekadres = vestiging.adressen?.first { $0.type == "bezoekadres" }
/// print(bezoekadres?.volledigAdres ?? "")
/// ```
public struct KVKAdres: Hashable, Sendable, Codable {
    /// `bezoekadres` or `correspondentieadres`.
    public var type: String?
    /// Whether the address is shielded (`Ja`/`Nee`).
    public var indAfgeschermd: String?
    /// The whole address on one line.
    public var volledigAdres: String?
    /// The street.
    public var straatnaam: String?
    /// The house number.
    public var huisnummer: Int?
    /// The house letter.
    public var huisletter: String?
    /// The house number addition.
    public var huisnummerToevoeging: String?
    /// Extra location information (3rd floor, room 315).
    public var toevoegingAdres: String?
    /// The postcode.
    public var postcode: String?
    /// The PO box number.
    public var postbusnummer: Int?
    /// The place.
    public var plaats: String?
    /// Street and number of a foreign address.
    public var straatHuisnummer: String?
    /// Postcode and place of a foreign address.
    public var postcodeWoonplaats: String?
    /// The region of a foreign address.
    public var regio: String?
    /// The country.
    public var land: String?
    /// BAG data, with `geoData=true`.
    public var geoData: KVKGeoData?

    /// Creates an address.
    public init(
        type: String? = nil, indAfgeschermd: String? = nil, volledigAdres: String? = nil, straatnaam: String? = nil,
        huisnummer: Int? = nil, huisletter: String? = nil, huisnummerToevoeging: String? = nil, toevoegingAdres: String? = nil,
        postcode: String? = nil, postbusnummer: Int? = nil, plaats: String? = nil, straatHuisnummer: String? = nil,
        postcodeWoonplaats: String? = nil, regio: String? = nil, land: String? = nil, geoData: KVKGeoData? = nil
    ) {
        self.type = type
        self.indAfgeschermd = indAfgeschermd
        self.volledigAdres = volledigAdres
        self.straatnaam = straatnaam
        self.huisnummer = huisnummer
        self.huisletter = huisletter
        self.huisnummerToevoeging = huisnummerToevoeging
        self.toevoegingAdres = toevoegingAdres
        self.postcode = postcode
        self.postbusnummer = postbusnummer
        self.plaats = plaats
        self.straatHuisnummer = straatHuisnummer
        self.postcodeWoonplaats = postcodeWoonplaats
        self.regio = regio
        self.land = land
        self.geoData = geoData
    }
}
