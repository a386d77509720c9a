/// A `like` pattern: literal scalars and `*` wildcards, matched in linear-time-per-position DP (no backtracking).
public struct LikePattern: Sendable, Hashable, CustomStringConvertible {
    /// One element of a pattern.
    public enum Element: Sendable, Hashable {
        /// A literal Unicode scalar.
        case literal(Unicode.Scalar)
        /// `*`: any sequence of scalars.
        case wildcard
    }

    /// The pattern elements.
    public var elements: [Element]

    /// Creates a pattern.
    public init(elements: [Element]) {
        // Collapse runs of wildcards: they are equivalent to one.
        var out: [Element] = []
        for e in elements {
            if e == .wildcard, out.last == .wildcard { continue }
            out.append(e)
        }
        self.elements = out
    }

    /// Whether `text` matches the whole pattern. O(n·m) time, O(m) space.
    public func matches(_ text: String) -> Bool {
        let m = elements.count
        // Fast path: no wildcards.
        if !elements.contains(.wildcard) {
            var i = 0
            for s in text.unicodeScalars {
                guard i < m, case let .literal(c) = elements[i], c == s else { return false }
                i += 1
            }
            return i == m
        }
        var row = [Bool](repeating: false, count: m + 1)
        row[0] = true
        for j in 0..<m where elements[j] == .wildcard && row[j] { row[j + 1] = true }
        var next = row
        for s in text.unicodeScalars {
            next[0] = false
            for j in 0..<m {
                switch elements[j] {
                case .wildcard: next[j + 1] = next[j] || row[j + 1]
                case let .literal(c): next[j + 1] = row[j] && c == s
                }
            }
            swap(&row, &next)
            if !row.contains(true) { return false }
        }
        return row[m]
    }

    /// The pattern as a Cedar string literal body.
    public var description: String {
        var out = ""
        for e in elements {
            switch e {
            case .wildcard: out += "*"
            case let .literal(c):
                if c == "*" { out += "\\*" } else { out += String(Value.quoted(String(c)).dropFirst().dropLast()) }
            }
        }
        return "\"" + out + "\""
    }
}
