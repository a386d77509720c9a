/// A Dutch postcode: four digits (the first not 0) and two capital letters, normalised to `1234AB`.
///
/// Input such as `"1234 ab"` is accepted and normalised. The letter pairs `SA`, `SD` and `SS` are
/// never issued and are refused.
///
/// ```swift
/// let postcode = try Postcode("2631 cr")   // 2631CR
/// ```
public struct Postcode: ValidatedIdentifier {
    /// The normalised postcode, `1234AB`.
    public let value: String

    /// Validates, normalises and creates a postcode.
    ///
    /// - Throws: ``OpenServicesError`` naming the rule that failed.
    public init(_ input: String) throws {
        // Upper-case ASCII letters only: `uppercased()` would turn `ﬀ` into `FF` and accept it.
        let compact = input.filter { !$0.isWhitespace }.map { $0.isASCII ? $0.uppercased() : String($0) }.joined()
        let bytes = Array(compact.utf8)
        let rule = "rule: four digits, the first not 0, then two letters, e.g. 1234AB"
        guard bytes.count == 6,
              bytes[0] >= 0x31, bytes[0] <= 0x39,
              bytes[1...3].allSatisfy(\.isASCIIDigit),
              bytes[4...5].allSatisfy({ $0 >= 0x41 && $0 <= 0x5A })
        else {
            throw IdentifierValidation.invalid(
                "postcode", "'\(input)' is not a valid postcode (\(rule)).",
                remediation: "Give the postcode as 1234AB; a space between digits and letters is allowed.")
        }
        let letters = compact.suffix(2)
        guard !["SA", "SD", "SS"].contains(letters) else {
            throw IdentifierValidation.invalid(
                "postcode", "'\(input)' is not a valid postcode (rule: the letters SA, SD and SS are not used).",
                remediation: "Check the postcode letters.")
        }
        self.value = compact
    }

    /// The normalised postcode.
    public var description: String { value }
}
