/// A GeoJSON geometry as BAG sends it (`pointGeoJSON`, `polygonGeoJSON`, `multipolygonGeoJSON`),
/// in Rijksdriehoek coordinates (EPSG:28992).
///
/// ```swift
/// let punt = verblijfsobject.geometrie.punt
/// print(punt?.type, punt?.x, punt?.y)   // Point 93270.0 436880.0
/// ```
public struct BAGGeometrie: Hashable, Sendable, Codable {
    /// `Point`, `Polygon` or `MultiPolygon`.
    public var type: String
    /// The coordinates.
    public var coordinates: BAGCoordinates

    /// Creates a geometry.
    public init(type: String, coordinates: BAGCoordinates) {
        self.type = type
        self.coordinates = coordinates
    }

    /// A point geometry.
    public static func point(x: Double, y: Double) -> BAGGeometrie {
        BAGGeometrie(type: "Point", coordinates: .position([x, y]))
    }

    /// The x (RD) of a point, or of the first corner of a polygon.
    public var x: Double? { coordinates.firstPosition?.first }
    /// The y (RD) of a point, or of the first corner of a polygon.
    public var y: Double? { coordinates.firstPosition.flatMap { $0.count > 1 ? $0[1] : nil } }
}
