/// Cedar's `decimal` extension value: a fixed-point number with four fractional digits.
public struct CedarDecimal: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The value multiplied by 10,000.
    public var scaled: Int64

    /// Creates a decimal from its scaled representation.
    public init(scaled: Int64) { self.scaled = scaled }

    /// Parses `[-]digits.digits` with one to four fractional digits; `nil` when invalid or out of range.
    public init?(parsing text: String) {
        let scalars = Array(text.utf8)
        var i = 0
        var negative = false
        if i < scalars.count, scalars[i] == UInt8(ascii: "-") { negative = true; i += 1 }
        var whole: Int64 = 0
        var wholeDigits = 0
        while i < scalars.count, scalars[i] >= 0x30, scalars[i] <= 0x39 {
            let (m, o1) = whole.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int64(scalars[i] - 0x30))
            if o1 || o2 { return nil }
            whole = a
            wholeDigits += 1
            i += 1
        }
        guard wholeDigits > 0, i < scalars.count, scalars[i] == UInt8(ascii: ".") else { return nil }
        i += 1
        var fraction: Int64 = 0
        var fractionDigits = 0
        while i < scalars.count, scalars[i] >= 0x30, scalars[i] <= 0x39 {
            fraction = fraction * 10 + Int64(scalars[i] - 0x30)
            fractionDigits += 1
            i += 1
            if fractionDigits > 4 { return nil }
        }
        guard fractionDigits > 0, i == scalars.count else { return nil }
        for _ in fractionDigits..<4 { fraction *= 10 }
        // Compute in the negative range so that the minimum value is representable.
        let (m, o1) = (negative ? 0 - whole : whole).multipliedReportingOverflow(by: 10_000)
        if o1 { return nil }
        let (v, o2) = negative ? m.subtractingReportingOverflow(fraction) : m.addingReportingOverflow(fraction)
        if o2 { return nil }
        scaled = v
    }

    /// Orders by numeric value.
    public static func < (lhs: CedarDecimal, rhs: CedarDecimal) -> Bool { lhs.scaled < rhs.scaled }

    /// The canonical text, e.g. `-1.2500`.
    public var description: String {
        let negative = scaled < 0
        let magnitude = scaled.magnitude
        let whole = magnitude / 10_000
        let fraction = String(magnitude % 10_000)
        return (negative ? "-" : "") + String(whole) + "." + String(repeating: "0", count: 4 - fraction.count) + fraction
    }
}
