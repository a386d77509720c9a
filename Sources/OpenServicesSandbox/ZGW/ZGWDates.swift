import Foundation

/// Date and date-time parsing and formatting as the ZGW APIs use them (ISO 8601, UTC).
enum ZGWDates {
    static func date(_ text: String) -> Date? {
        guard text.count == 10 else { return nil }
        return try? Date(text + "T00:00:00Z", strategy: .iso8601)
    }

    static func dateTime(_ text: String) -> Date? {
        if let value = try? Date(text, strategy: .iso8601) { return value }
        if let value = try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true)) { return value }
        if !text.hasSuffix("Z"), !text.dropFirst(19).contains(where: { $0 == "+" || $0 == "-" }) {
            return dateTime(text + "Z")
        }
        return nil
    }

    /// `2026-11-29T10:57:27Z`.
    static func dateTimeText(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    /// `2026-11-29`.
    static func dateText(_ date: Date) -> String {
        String(dateTimeText(date).prefix(10))
    }

    /// The year of a date, for identificaties (`ZAAK-2026-…`).
    static func year(_ date: Date) -> String {
        String(dateTimeText(date).prefix(4))
    }
}
