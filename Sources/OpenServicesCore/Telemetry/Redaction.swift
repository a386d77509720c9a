import Foundation

/// The redaction rules OpenServices applies to everything it logs or describes.
///
/// By default nothing personal or secret leaves a call: headers are shown only when they are on
/// ``allowedHeaders``, query values are replaced by `…`, bodies are never shown, and any run of
/// exactly nine digits (the shape of a BSN or RSIN) in free text is masked.
public enum Redaction {
    /// The request and response headers whose values may be logged.
    ///
    /// Every other header is logged as `<redacted>`; `Authorization`, API-key and cookie headers
    /// are never on this list.
    public static let allowedHeaders: Set<String> = [
        "accept", "accept-crs", "content-crs", "content-type", "content-length", "user-agent",
        "x-request-id", "x-correlation-id", "traceparent", "retry-after", "date",
        "x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset", "api-version",
        "fsc-transaction-id", "fsc-error-code", "location", "etag",
    ]

    /// A URL or path with every query value hidden: `/adressen?postcode=…&huisnummer=…`.
    public static func redactQuery(_ target: some StringProtocol) -> String {
        guard let question = target.firstIndex(of: "?") else { return redactText(String(target)) }
        let path = target[..<question]
        let query = target[target.index(after: question)...]
        let names = query.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let name = pair.firstIndex(of: "=").map { pair[..<$0] } ?? pair[...]
            return String(name) + "=…"
        }
        return redactText(String(path)) + "?" + names.joined(separator: "&")
    }

    /// Free text with every standalone run of exactly nine digits masked as `*********`, and every
    /// secret OpenServices was given (a ``Secret``) masked as `<secret>`.
    public static func redactText(_ text: String) -> String {
        maskNineDigitRuns(maskKnownSecrets(text))
    }

    static func maskNineDigitRuns(_ text: String) -> String {
        var utf8 = Array(text.utf8)
        var index = 0
        var changed = false
        while index < utf8.count {
            guard utf8[index].isASCIIDigit else { index += 1; continue }
            var end = index
            while end < utf8.count, utf8[end].isASCIIDigit { end += 1 }
            if end - index == 9 {
                for position in index..<end { utf8[position] = UInt8(ascii: "*") }
                changed = true
            }
            index = end
        }
        return changed ? String(decoding: utf8, as: UTF8.self) : text
    }
}

extension UInt8 {
    var isASCIIDigit: Bool { self >= 0x30 && self <= 0x39 }
}
