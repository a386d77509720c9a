public import HTTPTypes
public import Foundation

/// Parsing of the `Retry-After` response header (RFC 9110 §10.2.3).
public enum RetryAfter {
    /// The wait the header asks for: delay-seconds (`120`) or an HTTP date; `nil` when absent or malformed.
    public static func duration(in fields: HTTPFields, now: Date = Date()) -> Duration? {
        guard let value = fields[.retryAfter]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        if let seconds = Int(value) { return seconds >= 0 ? .seconds(seconds) : nil }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: value) else { return nil }
        let interval = max(0, date.timeIntervalSince(now))
        return .milliseconds(Int64(interval * 1000))
    }
}
