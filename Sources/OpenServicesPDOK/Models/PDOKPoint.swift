import Foundation

/// A WKT point as the Locatieserver sends it: `POINT(4.48 51.91)` (`centroide_ll`, x = longitude,
/// y = latitude) or `POINT(93270 436880)` (`centroide_rd`, Rijksdriehoek). It decodes from and
/// encodes to the WKT text.
///
/// ```swift
/// let point = try PDOKPoint(wkt: "POINT(4.4862 51.9166)")
/// point.longitude   // 4.4862
/// point.latitude    // 51.9166
/// ```
public struct PDOKPoint: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The first coordinate: longitude (WGS84) or x (RD).
    public var x: Double
    /// The second coordinate: latitude (WGS84) or y (RD).
    public var y: Double

    /// Creates a point.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    /// Parses `POINT(x y)`.
    ///
    /// - Throws: ``PDOKPoint/ParseError`` when the text is not a WKT point.
    public init(wkt: String) throws {
        let text = wkt.trimmingCharacters(in: .whitespaces)
        guard text.uppercased().hasPrefix("POINT"),
              let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")"), open < close
        else { throw ParseError(text: wkt) }
        let numbers = text[text.index(after: open)..<close].split(whereSeparator: \.isWhitespace).compactMap { Double($0) }
        guard numbers.count >= 2 else { throw ParseError(text: wkt) }
        self.init(x: numbers[0], y: numbers[1])
    }

    /// The longitude, for a WGS84 point (`centroide_ll`).
    public var longitude: Double { x }
    /// The latitude, for a WGS84 point (`centroide_ll`).
    public var latitude: Double { y }

    /// The WKT text, `POINT(x y)`.
    public var wkt: String { "POINT(\(Self.format(x)) \(Self.format(y)))" }

    /// The WKT text.
    public var description: String { wkt }

    /// Decodes the WKT text.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(wkt: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Not a WKT point (rule: POINT(x y)).")
        }
    }

    /// Encodes the WKT text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wkt)
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// A text that is not a WKT point.
    public struct ParseError: Error, Hashable, Sendable {
        /// The text that did not parse.
        public var text: String
    }
}
