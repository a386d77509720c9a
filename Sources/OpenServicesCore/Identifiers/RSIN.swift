/// A Rechtspersonen en Samenwerkingsverbanden Informatienummer: nine digits that pass the elfproef.
///
/// ```swift
/// let rsin = try RSIN("002564440")
/// ```
public struct RSIN: ValidatedIdentifier {
    /// The nine digits.
    public let value: String

    /// Validates and creates an RSIN.
    ///
    /// - Throws: ``OpenServicesError`` naming the rule that failed: nine digits, or the elfproef.
    public init(_ value: String) throws {
        let digits = try IdentifierValidation.digits(value, count: 9, name: "RSIN", echo: false)
        guard IdentifierValidation.passesElfproef(digits), digits.contains(where: { $0 != 0 }) else {
            throw IdentifierValidation.invalid(
                "RSIN", "The RSIN fails the elfproef (rule: 11-check over the nine digits).",
                remediation: "Check the RSIN for a typing error; the KVK's Basisprofiel shows an organisation's RSIN.")
        }
        self.value = value
    }

    /// The nine digits.
    public var description: String { value }
}
