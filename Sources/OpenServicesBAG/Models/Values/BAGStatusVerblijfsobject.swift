/// BAG `StatusVerblijfsobject`: the status of a verblijfsobject.
///
/// An extensible value: every value the service sends decodes, also one this SDK does not know
/// yet; compare with the known values below.
///
/// ```swift
/// if value == .gevormd { … }
/// ```
public struct BAGStatusVerblijfsobject: RawRepresentable, Hashable, Sendable, Codable, ExpressibleByStringLiteral, CustomStringConvertible {
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

    /// `Verblijfsobject gevormd`.
    public static let gevormd = BAGStatusVerblijfsobject(rawValue: "Verblijfsobject gevormd")

    /// `Niet gerealiseerd verblijfsobject`.
    public static let nietGerealiseerd = BAGStatusVerblijfsobject(rawValue: "Niet gerealiseerd verblijfsobject")

    /// `Verblijfsobject in gebruik (niet ingemeten)`.
    public static let inGebruikNietIngemeten = BAGStatusVerblijfsobject(rawValue: "Verblijfsobject in gebruik (niet ingemeten)")

    /// `Verblijfsobject in gebruik`.
    public static let inGebruik = BAGStatusVerblijfsobject(rawValue: "Verblijfsobject in gebruik")

    /// `Verbouwing verblijfsobject`.
    public static let verbouwing = BAGStatusVerblijfsobject(rawValue: "Verbouwing verblijfsobject")

    /// `Verblijfsobject ingetrokken`.
    public static let ingetrokken = BAGStatusVerblijfsobject(rawValue: "Verblijfsobject ingetrokken")

    /// `Verblijfsobject buiten gebruik`.
    public static let buitenGebruik = BAGStatusVerblijfsobject(rawValue: "Verblijfsobject buiten gebruik")

    /// `Verblijfsobject ten onrechte opgevoerd`.
    public static let tenOnrechteOpgevoerd = BAGStatusVerblijfsobject(rawValue: "Verblijfsobject ten onrechte opgevoerd")

    /// Every value the specification lists.
    public static let known: Set<BAGStatusVerblijfsobject> = [.gevormd, .nietGerealiseerd, .inGebruikNietIngemeten, .inGebruik, .verbouwing, .ingetrokken, .buitenGebruik, .tenOnrechteOpgevoerd]
}
