/// BAG `TypeAdresseerbaarObject`: the kind of addressable object.
///
/// An extensible value: every value the service sends decodes, also one this SDK does not know
/// yet; compare with the known values below.
///
/// ```swift
/// if value == .verblijfsobject { … }
/// ```
public struct BAGTypeAdresseerbaarObject: RawRepresentable, Hashable, Sendable, Codable, ExpressibleByStringLiteral, CustomStringConvertible {
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

    /// `Verblijfsobject`.
    public static let verblijfsobject = BAGTypeAdresseerbaarObject(rawValue: "Verblijfsobject")

    /// `Standplaats`.
    public static let standplaats = BAGTypeAdresseerbaarObject(rawValue: "Standplaats")

    /// `Ligplaats`.
    public static let ligplaats = BAGTypeAdresseerbaarObject(rawValue: "Ligplaats")

    /// Every value the specification lists.
    public static let known: Set<BAGTypeAdresseerbaarObject> = [.verblijfsobject, .standplaats, .ligplaats]
}
