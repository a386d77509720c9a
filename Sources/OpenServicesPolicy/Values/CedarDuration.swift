/// Cedar's `duration` extension value, in milliseconds.
public struct CedarDuration: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Milliseconds.
    public var milliseconds: Int64

    /// Creates a duration.
    public init(milliseconds: Int64) { self.milliseconds = milliseconds }

    /// Parses `[-]{N}d{N}h{N}m{N}s{N}ms` (units in this order, each optional, at least one); `nil` when invalid or overflowing.
    public init?(parsing text: String) {
        var bytes = Array(text.utf8)[...]
        var negative = false
        if bytes.first == UInt8(ascii: "-") { negative = true; bytes = bytes.dropFirst() }
        guard !bytes.isEmpty else { return nil }
        let units: [(String, Int64)] = [("d", 86_400_000), ("h", 3_600_000), ("m", 60_000), ("s", 1_000), ("ms", 1)]
        var unitIndex = 0
        var total: Int64 = 0
        var i = bytes.startIndex
        while i < bytes.endIndex {
            var n: Int64 = 0
            var digits = 0
            while i < bytes.endIndex, bytes[i] >= 0x30, bytes[i] <= 0x39 {
                let (m, o1) = n.multipliedReportingOverflow(by: 10)
                let (a, o2) = m.addingReportingOverflow(Int64(bytes[i] - 0x30))
                if o1 || o2 { return nil }
                n = a
                digits += 1
                i += 1
            }
            guard digits > 0, i < bytes.endIndex else { return nil }
            var unit = ""
            if bytes[i] == UInt8(ascii: "m"), i + 1 < bytes.endIndex, bytes[i + 1] == UInt8(ascii: "s") {
                unit = "ms"; i += 2
            } else if [UInt8(ascii: "d"), UInt8(ascii: "h"), UInt8(ascii: "m"), UInt8(ascii: "s")].contains(bytes[i]) {
                unit = String(UnicodeScalar(bytes[i])); i += 1
            } else {
                return nil
            }
            guard let position = units[unitIndex...].firstIndex(where: { $0.0 == unit }) else { return nil }
            unitIndex = position + 1
            let (m, o1) = n.multipliedReportingOverflow(by: units[position].1)
            if o1 { return nil }
            let (t, o2) = negative ? total.subtractingReportingOverflow(m) : total.addingReportingOverflow(m)
            if o2 { return nil }
            total = t
        }
        milliseconds = total
    }

    /// Orders by length.
    public static func < (lhs: CedarDuration, rhs: CedarDuration) -> Bool { lhs.milliseconds < rhs.milliseconds }

    /// Text in milliseconds, e.g. `90000ms`.
    public var description: String { "\(milliseconds)ms" }
}
