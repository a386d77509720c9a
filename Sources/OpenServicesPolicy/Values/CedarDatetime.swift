/// Cedar's `datetime` extension value: milliseconds since the Unix epoch (UTC).
public struct CedarDatetime: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Milliseconds since 1970-01-01T00:00:00Z.
    public var milliseconds: Int64

    /// Creates a datetime.
    public init(milliseconds: Int64) { self.milliseconds = milliseconds }

    /// Parses `YYYY-MM-DD`, `YYYY-MM-DDThh:mm:ss[.SSS](Z|(+|-)hhmm)`; `nil` when invalid.
    public init?(parsing text: String) {
        let b = Array(text.utf8)
        func digits(_ at: Int, _ count: Int) -> Int64? {
            guard at + count <= b.count else { return nil }
            var v: Int64 = 0
            for i in at..<(at + count) {
                guard b[i] >= 0x30, b[i] <= 0x39 else { return nil }
                v = v * 10 + Int64(b[i] - 0x30)
            }
            return v
        }
        guard b.count >= 10, let year = digits(0, 4), b[4] == UInt8(ascii: "-"), let month = digits(5, 2),
              b[7] == UInt8(ascii: "-"), let day = digits(8, 2) else { return nil }
        guard month >= 1, month <= 12, day >= 1, day <= CedarDatetime.daysInMonth(year: year, month: month) else { return nil }
        var ms = CedarDatetime.daysFromCivil(year: year, month: month, day: day) * 86_400_000
        if b.count == 10 { milliseconds = ms; return }
        guard b.count >= 20, b[10] == UInt8(ascii: "T"), let hh = digits(11, 2), b[13] == UInt8(ascii: ":"),
              let mm = digits(14, 2), b[16] == UInt8(ascii: ":"), let ss = digits(17, 2) else { return nil }
        guard hh <= 23, mm <= 59, ss <= 59 else { return nil }
        ms += ((hh * 60 + mm) * 60 + ss) * 1000
        var i = 19
        if b[i] == UInt8(ascii: ".") {
            guard let frac = digits(20, 3) else { return nil }
            ms += frac
            i = 23
        }
        guard i < b.count else { return nil }
        if b[i] == UInt8(ascii: "Z") {
            guard i + 1 == b.count else { return nil }
        } else if b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") {
            guard i + 5 == b.count, let oh = digits(i + 1, 2), let om = digits(i + 3, 2), oh <= 23, om <= 59 else { return nil }
            let offset = (oh * 60 + om) * 60_000
            ms += b[i] == UInt8(ascii: "+") ? -offset : offset
        } else {
            return nil
        }
        milliseconds = ms
    }

    static func isLeap(_ y: Int64) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    static func daysInMonth(year: Int64, month: Int64) -> Int64 {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 for a proleptic Gregorian date.
    static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Orders chronologically.
    public static func < (lhs: CedarDatetime, rhs: CedarDatetime) -> Bool { lhs.milliseconds < rhs.milliseconds }

    /// ISO 8601 text (`2026-03-02T10:15:00.000Z`) for years 0000–9999, otherwise `nil`.
    public var iso8601: String? {
        let day: Int64 = 86_400_000
        var days = milliseconds / day
        var rest = milliseconds % day
        if rest < 0 { rest += day; days -= 1 }
        // Civil date from days since the epoch (proleptic Gregorian).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        guard y >= 0, y <= 9999 else { return nil }
        func pad(_ v: Int64, _ n: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, n - s.count)) + s
        }
        let h = rest / 3_600_000, mi = rest / 60_000 % 60, sec = rest / 1000 % 60, ms = rest % 1000
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))T\(pad(h, 2)):\(pad(mi, 2)):\(pad(sec, 2)).\(pad(ms, 3))Z"
    }

    /// ISO 8601 text, or milliseconds since the epoch for datetimes outside years 0000–9999.
    public var description: String { iso8601 ?? "\(milliseconds)ms since epoch" }
}
