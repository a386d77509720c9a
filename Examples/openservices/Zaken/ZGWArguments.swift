import Foundation
import OpenServicesCore
import OpenServicesZGW

/// Parsing of the ZGW values commands take as arguments; bad input is an invalid-input error (exit 2).
enum ZGWArguments {
    /// A resource UUID as printed by `list` (`5a4e0000-0000-4000-8000-000000000001`).
    static func uuid(_ text: String, of what: String) throws -> UUID {
        guard let uuid = UUID(uuidString: text) else {
            throw OpenServicesError(
                .invalidInput, "'\(text)' is not the UUID of a \(what) (rule: ZGW uuid, 8-4-4-4-12 hexadecimal digits).",
                remediation: "Copy the uuid from the output of the list command, e.g. 5a4e0000-0000-4000-8000-000000000001.")
        }
        return uuid
    }

    /// Today in the Netherlands, `yyyy-MM-dd`, as the ZGW date fields want it.
    static func today() -> String {
        date(Date(), format: "yyyy-MM-dd")
    }

    private static func date(_ date: Date, format: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Europe/Amsterdam")
        formatter.dateFormat = format
        return formatter.string(from: date)
    }

    /// A `yyyy-MM-dd` date given on the command line.
    static func date(_ text: String, option: String) throws -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        guard text.count == 10, formatter.date(from: text) != nil else {
            throw OpenServicesError(
                .invalidInput, "'\(text)' is not a date for \(option) (rule: yyyy-MM-dd).", remediation: "Give a date like 2026-11-29.")
        }
        return text
    }
}
