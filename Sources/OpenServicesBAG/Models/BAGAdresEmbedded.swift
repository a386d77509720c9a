/// BAG `AdresIO_embedded`: the objects an address is made of, embedded when asked for with `expand`.
///
/// ```swift
/// let adres = try await bag.address(nummeraanduiding: "0599200000001012", expand: .all).value
/// print(adres._embedded?.adresseerbaarObject?.verblijfsobject?.verblijfsobject.oppervlakte ?? 0)
/// ```
public struct BAGAdresEmbedded: Hashable, Sendable, Codable {
    /// The openbare ruimte.
    public var openbareRuimte: BAGOpenbareRuimteIO?
    /// The nummeraanduiding.
    public var nummeraanduiding: BAGNummeraanduidingIO?
    /// The woonplaats.
    public var woonplaats: BAGWoonplaatsIO?
    /// The addressable object.
    public var adresseerbaarObject: BAGAdresseerbaarObject?
    /// The panden.
    public var panden: [BAGPandIO]?

    /// Creates the embedded objects.
    public init(
        openbareRuimte: BAGOpenbareRuimteIO? = nil, nummeraanduiding: BAGNummeraanduidingIO? = nil,
        woonplaats: BAGWoonplaatsIO? = nil, adresseerbaarObject: BAGAdresseerbaarObject? = nil, panden: [BAGPandIO]? = nil
    ) {
        self.openbareRuimte = openbareRuimte
        self.nummeraanduiding = nummeraanduiding
        self.woonplaats = woonplaats
        self.adresseerbaarObject = adresseerbaarObject
        self.panden = panden
    }
}
