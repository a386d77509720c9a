/// A vestigingsnummer: the 12-digit number of a branch (vestiging) in the Handelsregister.
///
/// ```swift
/// let value = try Vestigingsnummer("000038509490")
/// ```
public struct Vestigingsnummer: ValidatedIdentifier {
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
}
