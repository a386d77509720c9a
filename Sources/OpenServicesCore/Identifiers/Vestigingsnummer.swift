/// A vestigingsnummer: the 12-digit number of a branch (vestiging) in the Handelsregister.
///
/// ```swift
/// let value = try Vestigingsnummer("000038509490")
/// ```
public struct Vestigingsnummer: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The 12 digits.
    public let value: String

    /// Validates and creates the identifier.
    ///
    /// - Throws: OpenServicesError (OpenServicesError/Code-swift.struct/invalidInput) naming the rule: exactly 12 digits.
    public init(_ value: String) throws {
        _ = try IdentifierValidation.digits(value, count: 12, name: "vestigingsnummer")
        self.value = value
    }

    /// The digits.
    public var description: String { value }

    /// Decodes the identifier from a JSON string, validating it.
    ///
    /// A value that breaks the rule throws `DecodingError.dataCorrupted` naming the rule, so an invalid
    /// identifier in a service response surfaces as a decoding failure at its JSON path.
    public init(from decoder: any Decoder) throws {
        self = try IdentifierValidation.decode(decoder) { try Self($0) }
    }

    /// Encodes the identifier as a JSON string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
