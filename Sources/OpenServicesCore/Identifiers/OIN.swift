/// An Organisatie-identificatienummer: the 20-digit number that identifies a government organisation in Digikoppeling and FSC.
///
/// ```swift
/// let value = try OIN("00000001003214345000")
/// ```
public struct OIN: ValidatedIdentifier {
    /// The 20 digits.
    public let value: String

    /// Validates and creates the identifier.
    ///
    /// - Throws: OpenServicesError (OpenServicesError/Code-swift.struct/invalidInput) naming the rule: exactly 20 digits.
    public init(_ value: String) throws {
        _ = try IdentifierValidation.digits(value, count: 20, name: "OIN")
        self.value = value
    }

    /// The digits.
    public var description: String { value }
}
