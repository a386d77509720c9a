/// The `coordinates` of a GeoJSON geometry: a position (`[x, y]` or `[x, y, z]`) or nested lists of positions.
///
/// ```swift
/// if case .position(let xy) = geometrie.coordinates { print(xy[0], xy[1]) }
/// ```
public indirect enum BAGCoordinates: Hashable, Sendable, Codable {
    /// One position: `[x, y]` or `[x, y, z]`.
    case position([Double])
    /// A list of positions or of nested lists (a ring, a polygon, a multipolygon).
    case list([BAGCoordinates])

    /// Decodes a position or a nested list.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let position = try? container.decode([Double].self) {
            self = .position(position)
        } else {
            self = .list(try container.decode([BAGCoordinates].self))
        }
    }

    /// Encodes the coordinates as GeoJSON arrays.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .position(let position): try container.encode(position)
        case .list(let list): try container.encode(list)
        }
    }

    /// The first position, depth first: the point itself, or the first corner of a polygon.
    public var firstPosition: [Double]? {
        switch self {
        case .position(let position): position
        case .list(let list): list.first?.firstPosition
        }
    }
}
