/// A cursor over tokens with helpers shared by the policy and schema parsers.
struct TokenStream {
    let tokens: [Token]
    var position = 0
    let lineMap: LineMap
    let source: String

    init(_ text: String) throws(PolicyParseError) {
        source = text
        lineMap = LineMap(text)
        tokens = try Lexer.tokenize(text)
    }

    var current: Token { tokens[position] }
    var peekNext: Token { tokens[Swift.min(position + 1, tokens.count - 1)] }

    func peek(_ ahead: Int) -> Token { tokens[Swift.min(position + ahead, tokens.count - 1)] }

    var atEnd: Bool { current.kind == .end }

    mutating func advance() -> Token {
        let t = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return t
    }

    func location(_ token: Token) -> SourceLocation { lineMap.location(of: token.offset) }

    func error(_ message: String, at token: Token? = nil) -> PolicyParseError {
        PolicyParseError(message: message, location: location(token ?? current))
    }

    func unexpected(expected: String) -> PolicyParseError {
        error("expected \(expected), found \(current.display)")
    }

    func isPunct(_ p: String) -> Bool {
        if case let .punct(x) = current.kind { return x == p }
        return false
    }

    func isIdent(_ word: String) -> Bool {
        if case let .identifier(x) = current.kind { return x == word }
        return false
    }

    mutating func accept(_ p: String) -> Bool {
        if isPunct(p) { _ = advance(); return true }
        return false
    }

    mutating func acceptIdent(_ word: String) -> Bool {
        if isIdent(word) { _ = advance(); return true }
        return false
    }

    mutating func expect(_ p: String) throws(PolicyParseError) {
        guard accept(p) else { throw unexpected(expected: "`\(p)`") }
    }

    mutating func expectIdent(_ word: String) throws(PolicyParseError) {
        guard acceptIdent(word) else { throw unexpected(expected: "`\(word)`") }
    }

    mutating func identifier(_ what: String = "an identifier") throws(PolicyParseError) -> String {
        guard case let .identifier(s) = current.kind else { throw unexpected(expected: what) }
        _ = advance()
        return s
    }

    /// Parses a string literal and processes its escapes.
    mutating func string(_ what: String = "a string literal") throws(PolicyParseError) -> String {
        guard case let .string(raw) = current.kind else { throw unexpected(expected: what) }
        let token = advance()
        return try TokenStream.unescape(raw, allowStar: false, at: location(token)).string
    }

    /// Processes Cedar string escapes. With `allowStar`, returns the pattern with `\*` as a literal star.
    static func unescape(_ raw: String, allowStar: Bool, at location: SourceLocation) throws(PolicyParseError) -> (string: String, pattern: [LikePattern.Element]) {
        var out = String.UnicodeScalarView()
        var pattern: [LikePattern.Element] = []
        var scalars = raw.unicodeScalars.makeIterator()
        func fail(_ m: String) -> PolicyParseError { PolicyParseError(message: m, location: location) }
        while let c = scalars.next() {
            if c == "\\" {
                guard let e = scalars.next() else { throw fail("invalid escape at end of string") }
                var scalar: Unicode.Scalar
                switch e {
                case "n": scalar = "\n"
                case "r": scalar = "\r"
                case "t": scalar = "\t"
                case "\\": scalar = "\\"
                case "0": scalar = "\0"
                case "'": scalar = "'"
                case "\"": scalar = "\""
                case "*":
                    guard allowStar else { throw fail("invalid escape `\\*` in string (only allowed in `like` patterns)") }
                    pattern.append(.literal("*"))
                    out.append("*")
                    continue
                case "u":
                    guard scalars.next() == "{" else { throw fail("invalid unicode escape: expected `{`") }
                    var value: UInt32 = 0
                    var digits = 0
                    while true {
                        guard let h = scalars.next() else { throw fail("invalid unicode escape: expected `}`") }
                        if h == "}" { break }
                        guard let d = h.properties.numericType != nil || h.isASCII ? UInt32(String(h), radix: 16) : nil else {
                            throw fail("invalid unicode escape: expected hex digit")
                        }
                        value = value &* 16 &+ d
                        digits += 1
                        if digits > 6 { throw fail("invalid unicode escape: too many digits") }
                    }
                    guard digits > 0, let s = Unicode.Scalar(value) else { throw fail("invalid unicode escape: not a Unicode scalar value") }
                    scalar = s
                default:
                    throw fail("invalid escape `\\\(e)` in string")
                }
                out.append(scalar)
                pattern.append(.literal(scalar))
            } else {
                out.append(c)
                pattern.append(c == "*" && allowStar ? .wildcard : .literal(c))
            }
        }
        return (String(out), pattern)
    }
}
