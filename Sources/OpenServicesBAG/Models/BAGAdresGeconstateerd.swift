/// BAG `Geconstateerd` of an address: which of its parts were found without a permit.
///
/// ```swift
/// if adres.geconstateerd?.nummeraanduiding == true { … }
/// ```
public struct BAGAdresGeconstateerd: Hashable, Sendable, Codable {
    /// The woonplaats was found without a permit.
    public var woonplaats: Bool?
    /// The openbare ruimte was found without a permit.
    public var openbareRuimte: Bool?
    /// The nummeraanduiding was found without a permit.
    public var nummeraanduiding: Bool?

    /// Creates the indications.
    public init(woonplaats: Bool? = nil, openbareRuimte: Bool? = nil, nummeraanduiding: Bool? = nil) {
        self.woonplaats = woonplaats
        self.openbareRuimte = openbareRuimte
        self.nummeraanduiding = nummeraanduiding
    }
}
