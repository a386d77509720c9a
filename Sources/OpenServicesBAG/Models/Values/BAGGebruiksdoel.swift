/// BAG `Gebruiksdoel`: a purpose a verblijfsobject is used for.
///
/// An extensible value: every value the service sends decodes, also one this SDK does not know
/// yet; compare with the known values below.
///
/// ```swift
/// if value == .woonfunctie { … }
/// ```
public struct BAGGebruiksdoel: RawRepresentable, Hashable, Sendable, Codable, ExpressibleByStringLiteral, CustomStringConvertible {
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

    /// `woonfunctie`.
    public static let woonfunctie = BAGGebruiksdoel(rawValue: "woonfunctie")

    /// `bijeenkomstfunctie`.
    public static let bijeenkomstfunctie = BAGGebruiksdoel(rawValue: "bijeenkomstfunctie")

    /// `celfunctie`.
    public static let celfunctie = BAGGebruiksdoel(rawValue: "celfunctie")

    /// `gezondheidszorgfunctie`.
    public static let gezondheidszorgfunctie = BAGGebruiksdoel(rawValue: "gezondheidszorgfunctie")

    /// `industriefunctie`.
    public static let industriefunctie = BAGGebruiksdoel(rawValue: "industriefunctie")

    /// `kantoorfunctie`.
    public static let kantoorfunctie = BAGGebruiksdoel(rawValue: "kantoorfunctie")

    /// `logiesfunctie`.
    public static let logiesfunctie = BAGGebruiksdoel(rawValue: "logiesfunctie")

    /// `onderwijsfunctie`.
    public static let onderwijsfunctie = BAGGebruiksdoel(rawValue: "onderwijsfunctie")

    /// `sportfunctie`.
    public static let sportfunctie = BAGGebruiksdoel(rawValue: "sportfunctie")

    /// `winkelfunctie`.
    public static let winkelfunctie = BAGGebruiksdoel(rawValue: "winkelfunctie")

    /// `overige gebruiksfunctie`.
    public static let overigeGebruiksfunctie = BAGGebruiksdoel(rawValue: "overige gebruiksfunctie")

    /// Every value the specification lists.
    public static let known: Set<BAGGebruiksdoel> = [.woonfunctie, .bijeenkomstfunctie, .celfunctie, .gezondheidszorgfunctie, .industriefunctie, .kantoorfunctie, .logiesfunctie, .onderwijsfunctie, .sportfunctie, .winkelfunctie, .overigeGebruiksfunctie]
}
