/// A KVK-nummer: the 8-digit number of a registration in the Handelsregister.
///
/// ```swift
/// let value = try KVKNummer("69599084")
/// ```
public struct KVKNummer: ValidatedIdentifier {
    /// The 8 digits.
    public let value: String

    /// Validates and creates the identifier.
    ///
    /// - Throws: OpenServicesError (OpenServicesError/Code-swift.struct/invalidInput) naming the rule: exactly 8 digits.
    public init(_ value: String) throws {
        _ = try IdentifierValidation.digits(value, count: 8, name: "KVK-nummer")
        self.value = value
    }

    /// The digits.
    public var description: String { value }
}
