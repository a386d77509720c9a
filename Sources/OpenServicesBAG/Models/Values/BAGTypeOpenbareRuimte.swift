/// BAG `TypeOpenbareRuimte`: the kind of openbare ruimte.
///
/// An extensible value: every value the service sends decodes, also one this SDK does not know
/// yet; compare with the known values below.
///
/// ```swift
/// if value == .weg { … }
/// ```
public struct BAGTypeOpenbareRuimte: RawRepresentable, Hashable, Sendable, Codable, ExpressibleByStringLiteral, CustomStringConvertible {
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

    /// `Weg`.
    public static let weg = BAGTypeOpenbareRuimte(rawValue: "Weg")

    /// `Water`.
    public static let water = BAGTypeOpenbareRuimte(rawValue: "Water")

    /// `Spoorbaan`.
    public static let spoorbaan = BAGTypeOpenbareRuimte(rawValue: "Spoorbaan")

    /// `Terrein`.
    public static let terrein = BAGTypeOpenbareRuimte(rawValue: "Terrein")

    /// `Kunstwerk`.
    public static let kunstwerk = BAGTypeOpenbareRuimte(rawValue: "Kunstwerk")

    /// `Landschappelijk gebied`.
    public static let landschappelijkGebied = BAGTypeOpenbareRuimte(rawValue: "Landschappelijk gebied")

    /// `Administratief gebied`.
    public static let administratiefGebied = BAGTypeOpenbareRuimte(rawValue: "Administratief gebied")

    /// Every value the specification lists.
    public static let known: Set<BAGTypeOpenbareRuimte> = [.weg, .water, .spoorbaan, .terrein, .kunstwerk, .landschappelijkGebied, .administratiefGebied]
}
