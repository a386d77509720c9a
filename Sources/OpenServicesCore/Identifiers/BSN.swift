/// A burgerservicenummer: nine digits that pass the elfproef.
///
/// Its ``description`` is masked (`*****3653`), so a BSN never ends up in a log line or an error
/// by accident; use ``value`` where the number itself is needed (a request body).
///
/// ```swift
/// let bsn = try BSN("999993653")
/// print(bsn)        // *****3653
/// ```
public struct BSN: ValidatedIdentifier {
    /// The nine digits.
    public let value: String

    /// Validates and creates a BSN.
    ///
    /// - Throws: ``OpenServicesError`` (``OpenServicesError/Code-swift.struct/invalidInput``) naming the rule
    ///   that failed: nine digits, or the elfproef. The value itself is not echoed.
    public init(_ value: String) throws {
        let digits = try IdentifierValidation.digits(value, count: 9, name: "BSN", echo: false)
        guard IdentifierValidation.passesElfproef(digits), digits.contains(where: { $0 != 0 }) else {
            throw IdentifierValidation.invalid(
                "BSN", "The BSN fails the elfproef (rule: 11-check over the nine digits).",
                remediation: "Check the BSN for a typing error; every valid BSN passes the 11-check.")
        }
        self.value = value
    }

    /// The BSN with all but the last four digits masked.
    public var description: String { "*****" + value.suffix(4) }
}
