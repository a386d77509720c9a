/// BAG `StatusPand`: the status of a pand.
///
/// An extensible value: every value the service sends decodes, also one this SDK does not know
/// yet; compare with the known values below.
///
/// ```swift
/// if value == .bouwvergunningVerleend { … }
/// ```
public struct BAGStatusPand: RawRepresentable, Hashable, Sendable, Codable, ExpressibleByStringLiteral, CustomStringConvertible {
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

    /// `Bouwvergunning verleend`.
    public static let bouwvergunningVerleend = BAGStatusPand(rawValue: "Bouwvergunning verleend")

    /// `Niet gerealiseerd pand`.
    public static let nietGerealiseerd = BAGStatusPand(rawValue: "Niet gerealiseerd pand")

    /// `Bouw gestart`.
    public static let bouwGestart = BAGStatusPand(rawValue: "Bouw gestart")

    /// `Pand in gebruik (niet ingemeten)`.
    public static let inGebruikNietIngemeten = BAGStatusPand(rawValue: "Pand in gebruik (niet ingemeten)")

    /// `Pand in gebruik`.
    public static let inGebruik = BAGStatusPand(rawValue: "Pand in gebruik")

    /// `Verbouwing pand`.
    public static let verbouwing = BAGStatusPand(rawValue: "Verbouwing pand")

    /// `Sloopvergunning verleend`.
    public static let sloopvergunningVerleend = BAGStatusPand(rawValue: "Sloopvergunning verleend")

    /// `Pand gesloopt`.
    public static let gesloopt = BAGStatusPand(rawValue: "Pand gesloopt")

    /// `Pand buiten gebruik`.
    public static let buitenGebruik = BAGStatusPand(rawValue: "Pand buiten gebruik")

    /// `Pand ten onrechte opgevoerd`.
    public static let tenOnrechteOpgevoerd = BAGStatusPand(rawValue: "Pand ten onrechte opgevoerd")

    /// Every value the specification lists.
    public static let known: Set<BAGStatusPand> = [.bouwvergunningVerleend, .nietGerealiseerd, .bouwGestart, .inGebruikNietIngemeten, .inGebruik, .verbouwing, .sloopvergunningVerleend, .gesloopt, .buitenGebruik, .tenOnrechteOpgevoerd]
}
