/// A point for the reverse geocoder or to rank results by distance: WGS84 latitude/longitude or
/// Rijksdriehoek x/y.
///
/// ```swift
/// let result = try await pdok.reverse(.wgs84(latitude: 51.9166, longitude: 4.4862), types: [.adres])
/// let rd = try await pdok.reverse(.rijksdriehoek(x: 93_270, y: 436_880))
/// ```
public enum PDOKLocation: Hashable, Sendable {
    /// WGS84 (`lat`, `lon`).
    case wgs84(latitude: Double, longitude: Double)
    /// Rijksdriehoek, EPSG:28992 (`X`, `Y`).
    case rijksdriehoek(x: Double, y: Double)

    var queryItems: [(String, String)] {
        switch self {
        case .wgs84(let latitude, let longitude): [("lat", String(latitude)), ("lon", String(longitude))]
        case .rijksdriehoek(let x, let y): [("X", String(x)), ("Y", String(y))]
        }
    }
}
