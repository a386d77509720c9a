/// The checks shared by the Dutch identifier types.
enum IdentifierValidation {
    /// Throws unless `text` is exactly `count` ASCII digits.
    static func digits(_ text: String, count: Int, name: String, echo: Bool = true) throws -> [Int] {
        let digits = text.utf8.map { Int($0) - 0x30 }
        let shown = echo ? " '\(text)'" : ""
        guard digits.count == count, digits.allSatisfy({ (0...9).contains($0) }) else {
            throw invalid(name, "The \(name)\(shown) must be exactly \(count) digits (rule: \(count) digits).",
                          remediation: "Give the \(name) as \(count) digits without spaces or dots.")
        }
        return digits
    }

    /// The elfproef (11-check) of BSN and RSIN: Σ dᵢ·(9−i) for the first eight digits, minus the last, is divisible by 11.
    static func passesElfproef(_ digits: [Int]) -> Bool {
        var sum = 0
        for index in 0..<8 { sum += digits[index] * (9 - index) }
        sum -= digits[8]
        return sum % 11 == 0
    }

    /// Decodes an identifier from a JSON string with `make`; a value that breaks the rule becomes a
    /// `DecodingError.dataCorrupted` at the decoder's coding path (whose message names the rule
    /// and, like the identifier's own error, never a BSN), so that a service response carrying an
    /// invalid identifier is reported as a decoding failure, not as invalid caller input.
    static func decode<T>(_ decoder: any Decoder, _ make: (String) throws -> T) throws -> T {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            return try make(text)
        } catch let error as OpenServicesError {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    static func invalid(_ name: String, _ message: String, remediation: String) -> OpenServicesError {
        OpenServicesError(.invalidInput, message, remediation: remediation)
    }
}
