/// BAG `StatusPlaats`: the status of a ligplaats or standplaats.
///
/// An extensible value: every value the service sends decodes, also one this SDK does not know
/// yet; compare with the known values below.
///
/// ```swift
/// if value == .aangewezen { … }
/// ```
public struct BAGStatusPlaats: RawRepresentable, Hashable, Sendable, Codable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The value as the service sends it.
    public let rawValue: String

    /// Wraps a value as the service sends it.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Wraps a literal value.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The value as the service sends it.
    public var description: String { rawValue }

    /// Whether this is one of the values the specification lists.
    public var isKnown: Bool { Self.known.contains(self) }

    /// `Plaats aangewezen`.
    public static let aangewezen = BAGStatusPlaats(rawValue: "Plaats aangewezen")

    /// `Plaats ingetrokken`.
    public static let ingetrokken = BAGStatusPlaats(rawValue: "Plaats ingetrokken")

    /// Every value the specification lists.
    public static let known: Set<BAGStatusPlaats> = [.aangewezen, .ingetrokken]
}
