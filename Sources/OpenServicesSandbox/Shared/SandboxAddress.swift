/// A fictitious address that exists in every faked register of the sandbox: BRP persons live at
/// it, BAG holds its objects, KVK companies are established at it and PDOK finds it.
///
/// The streets, numbers and identifications are invented for OpenServices; municipality codes and
/// place names are real so that the data reads naturally.
public struct SandboxAddress: Sendable, Hashable {
    /// Street name (openbare ruimte naam).
    public var straat: String
    /// Short street name (korte naam, at most 24 characters).
    public var korteStraatnaam: String
    /// House number.
    public var huisnummer: Int
    /// House letter, if any.
    public var huisletter: String?
    /// House number addition, if any.
    public var huisnummertoevoeging: String?
    /// Postcode, `1234AB`.
    public var postcode: String
    /// Place name (woonplaats).
    public var woonplaats: String
    /// Municipality name.
    public var gemeente: String
    /// Four-digit municipality code (gemeentecode).
    public var gemeentecode: String
    /// Four-digit woonplaats identification.
    public var woonplaatsIdentificatie: String
    /// Province name.
    public var provincie: String
    /// BAG nummeraanduiding identification (type 20).
    public var nummeraanduidingIdentificatie: String
    /// BAG verblijfsobject identification (type 01), the adresseerbaar object.
    public var adresseerbaarObjectIdentificatie: String
    /// BAG pand identification (type 10).
    public var pandIdentificatie: String
    /// BAG openbare ruimte identification (type 30).
    public var openbareRuimteIdentificatie: String
    /// Rijksdriehoek coordinates (EPSG:28992) of the verblijfsobject.
    public var rdX: Double
    /// Rijksdriehoek y.
    public var rdY: Double
    /// WGS84 latitude (EPSG:4326).
    public var latitude: Double
    /// WGS84 longitude.
    public var longitude: Double
    /// Gebruiksdoel of the verblijfsobject (`woonfunctie`, `kantoorfunctie`, …).
    public var gebruiksdoel: String
    /// Floor area in m².
    public var oppervlakte: Int
    /// Construction year of the pand.
    public var bouwjaar: Int
}
