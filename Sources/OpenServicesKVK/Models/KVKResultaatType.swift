/// The `type` of a KVK Zoeken result, and of the `type` filter: `hoofdvestiging`,
/// `nevenvestiging` or `rechtspersoon`. Unknown values decode too.
///
/// ```swift
/// let hoofdvestigingen = page.resultaten.filter { $0.type == .hoofdvestiging }
/// ```
public struct KVKResultaatType: RawRepresentable, Hashable, Sendable, Codable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The value as KVK sends it.
    public let rawValue: String

    /// Wraps a value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Wraps a literal value.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The value as KVK sends it.
    public var description: String { rawValue }

    /// `hoofdvestiging`: the main branch.
    public static let hoofdvestiging = KVKResultaatType(rawValue: "hoofdvestiging")
    /// `nevenvestiging`: another branch.
    public static let nevenvestiging = KVKResultaatType(rawValue: "nevenvestiging")
    /// `rechtspersoon`: a legal entity without a branch in the result.
    public static let rechtspersoon = KVKResultaatType(rawValue: "rechtspersoon")
    /// Every value the specification lists.
    public static let known: Set<KVKResultaatType> = [.hoofdvestiging, .nevenvestiging, .rechtspersoon]

    /// Whether this is one of the values the specification lists.
    public var isKnown: Bool { Self.known.contains(self) }
}
