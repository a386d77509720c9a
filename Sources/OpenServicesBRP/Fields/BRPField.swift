import Foundation

/// One path in the `fields` list of a BRP query: dot-separated official field names, e.g.
/// `burgerservicenummer`, `naam.voornamen`, `partners.geboorte.datum`.
///
/// Write fields as string literals; the client checks them against the official list for the
/// query type before anything is sent (see ``BRPFieldRules``).
///
/// ```swift
/// let fields: [BRPField] = ["burgerservicenummer", "naam", "geboorte.datum"]
/// ```
public struct BRPField: Sendable, Hashable, Codable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The dot-separated path.
    public let path: String

    /// A field from its path.
    public init(_ path: String) { self.path = path }

    /// A field from a string literal.
    public init(stringLiteral value: String) { self.path = value }

    /// The path.
    public var description: String { path }

    /// Decodes the path from a JSON string.
    public init(from decoder: any Decoder) throws {
        path = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the path as a JSON string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(path)
    }

    /// Fields from a comma-separated list, as a command line gives them (`naam,geboorte.datum`).
    public static func list(_ text: String) -> [BRPField] {
        text.split(separator: ",").map { BRPField(String($0).trimmingCharacters(in: .whitespaces)) }
    }

    /// A small default set for a query type: BSN, name and birth (plus address lines for a BSN lookup,
    /// and gezag for the adresseerbaar object search).
    public static func defaults(for type: BRPQueryType) -> [BRPField] {
        switch type {
        case .raadpleegMetBurgerservicenummer: ["burgerservicenummer", "naam", "geboorte", "verblijfplaats"]
        case .zoekMetAdresseerbaarObjectIdentificatie: ["burgerservicenummer", "naam", "geboorte", "gezag"]
        default: ["burgerservicenummer", "naam", "geboorte"]
        }
    }
}
