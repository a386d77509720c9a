/// KVK `GeoData`: the BAG identifications and coordinates of an address, returned with `geoData=true`.
///
/// The field name `addresseerbaarObjectId` is spelled as KVK spells it.
///
/// ```swift
/// let profiel = try await kvk.branchProfile("000071000011", geoData: true)
/// print(profiel.adressen?.first?.geoData?.gpsLatitude ?? 0)
/// ```
public struct KVKGeoData: Hashable, Sendable, Codable {
    /// The BAG addressable object identification.
    public var addresseerbaarObjectId: String?
    /// The BAG nummeraanduiding identification.
    public var nummerAanduidingId: String?
    /// WGS84 latitude.
    public var gpsLatitude: Double?
    /// WGS84 longitude.
    public var gpsLongitude: Double?
    /// Rijksdriehoek x.
    public var rijksdriehoekX: Double?
    /// Rijksdriehoek y.
    public var rijksdriehoekY: Double?
    /// Rijksdriehoek z.
    public var rijksdriehoekZ: Double?

    /// Creates geo data.
    public init(
        addresseerbaarObjectId: String? = nil, nummerAanduidingId: String? = nil, gpsLatitude: Double? = nil,
        gpsLongitude: Double? = nil, rijksdriehoekX: Double? = nil, rijksdriehoekY: Double? = nil, rijksdriehoekZ: Double? = nil
    ) {
        self.addresseerbaarObjectId = addresseerbaarObjectId
        self.nummerAanduidingId = nummerAanduidingId
        self.gpsLatitude = gpsLatitude
        self.gpsLongitude = gpsLongitude
        self.rijksdriehoekX = rijksdriehoekX
        self.rijksdriehoekY = rijksdriehoekY
        self.rijksdriehoekZ = rijksdriehoekZ
    }
}
