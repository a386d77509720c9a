/// Converts UTF-8 offsets of a text to line and column numbers.
struct LineMap: Sendable {
    private let bytes: [UInt8]
    private let lineStarts: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == 0x0A { starts.append(i + 1) }
        lineStarts = starts
    }

    init(_ text: String) { self.init(Array(text.utf8)) }

    func location(of offset: Int) -> SourceLocation {
        let offset = Swift.max(0, Swift.min(offset, bytes.count))
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        var column = 1
        var i = lineStarts[lo]
        while i < offset {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return SourceLocation(line: lo + 1, column: column, offset: offset)
    }

    /// The text between two offsets.
    func text(from start: Int, to end: Int) -> String {
        let s = Swift.max(0, Swift.min(start, bytes.count)), e = Swift.max(s, Swift.min(end, bytes.count))
        return String(decoding: bytes[s..<e], as: UTF8.self)
    }
}
