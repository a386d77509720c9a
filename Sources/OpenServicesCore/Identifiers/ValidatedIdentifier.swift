/// A Dutch identifier held as validated text: it can only be made through a validating
/// initialiser, and it encodes and decodes as a JSON string.
///
/// Decoding validates too: a value that breaks the rule throws `DecodingError.dataCorrupted`
/// naming the rule, so an invalid identifier in a service response surfaces as a decoding failure
/// at its JSON path.
public protocol ValidatedIdentifier: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The identifier as text (normalised where the type normalises, e.g. `Postcode`).
    var value: String { get }
    /// Validates `value` and creates the identifier.
    init(_ value: String) throws
}

extension ValidatedIdentifier {
    /// Decodes the identifier from a JSON string, validating it.
    public init(from decoder: any Decoder) throws {
        self = try IdentifierValidation.decode(decoder) { try Self($0) }
    }

    /// Encodes the identifier as a JSON string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
