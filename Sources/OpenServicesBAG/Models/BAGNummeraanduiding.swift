/// BAG `Nummeraanduiding`: an address designation (postcode, house number, letter, addition).
///
/// ```swift
/// let nummeraanduiding = try await bag.numberDesignation("0599200000001012").value.nummeraanduiding
/// print(nummeraanduiding.postcode ?? "", nummeraanduiding.huisnummer)
/// ```
public struct BAGNummeraanduiding: Hashable, Sendable, Codable {
    /// The 16-digit identification (type code 20).
    public var identificatie: String
    /// The domain, `NL.IMBAG.Nummeraanduiding`.
    public var domein: String
    /// The house number.
    public var huisnummer: Int
    /// The house letter.
    public var huisletter: String?
    /// The house number addition.
    public var huisnummertoevoeging: String?
    /// The postcode, `1234AB`.
    public var postcode: String?
    /// The kind of object the address belongs to.
    public var typeAdresseerbaarObject: BAGTypeAdresseerbaarObject
    /// The status.
    public var status: BAGStatusNaamgeving
    /// Whether the object was found without a permit (`J`/`N`).
    public var geconstateerd: BAGIndicatie
    /// The date of the source document.
    public var documentdatum: String
    /// The number of the source document.
    public var documentnummer: String
    /// The version history.
    public var voorkomen: BAGVoorkomen
    /// The woonplaats identification, when it differs from the openbare ruimte's.
    public var ligtIn: String?
    /// The openbare ruimte identification.
    public var ligtAan: String

    /// Creates a nummeraanduiding.
    public init(
        identificatie: String, domein: String = "NL.IMBAG.Nummeraanduiding", huisnummer: Int, huisletter: String? = nil,
        huisnummertoevoeging: String? = nil, postcode: String? = nil,
        typeAdresseerbaarObject: BAGTypeAdresseerbaarObject = .verblijfsobject, status: BAGStatusNaamgeving = .uitgegeven,
        geconstateerd: BAGIndicatie = .nee, documentdatum: String, documentnummer: String, voorkomen: BAGVoorkomen,
        ligtIn: String? = nil, ligtAan: String
    ) {
        self.identificatie = identificatie
        self.domein = domein
        self.huisnummer = huisnummer
        self.huisletter = huisletter
        self.huisnummertoevoeging = huisnummertoevoeging
        self.postcode = postcode
        self.typeAdresseerbaarObject = typeAdresseerbaarObject
        self.status = status
        self.geconstateerd = geconstateerd
        self.documentdatum = documentdatum
        self.documentnummer = documentnummer
        self.voorkomen = voorkomen
        self.ligtIn = ligtIn
        self.ligtAan = ligtAan
    }
}
