/// Splits Cedar policy or schema text into tokens, tracking line and column.
struct Lexer {
    private let bytes: [UInt8]
    private var index = 0
    private let lineMap: LineMap

    init(_ text: String) {
        bytes = Array(text.utf8)
        lineMap = LineMap(bytes)
    }

    private func error(_ message: String, at offset: Int? = nil) -> PolicyParseError {
        PolicyParseError(message: message, location: lineMap.location(of: offset ?? index))
    }

    /// Tokenises the whole text.
    static func tokenize(_ text: String) throws(PolicyParseError) -> [Token] {
        var lexer = Lexer(text)
        var tokens: [Token] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    private mutating func skipTrivia() {
        while index < bytes.count {
            let b = bytes[index]
            if b == 0x0A {
                index += 1
            } else if b == 0x20 || b == 0x09 || b == 0x0D {
                index += 1
            } else if b == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "/") {
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
            } else {
                return
            }
        }
    }

    private static func isIdentStart(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F
    }

    private static func isIdentContinue(_ b: UInt8) -> Bool {
        isIdentStart(b) || (b >= 0x30 && b <= 0x39)
    }

    mutating func next() throws(PolicyParseError) -> Token {
        skipTrivia()
        let start = index
        guard index < bytes.count else { return Token(kind: .end, offset: start) }
        let b = bytes[index]
        if Lexer.isIdentStart(b) {
            let s = index
            while index < bytes.count, Lexer.isIdentContinue(bytes[index]) { index += 1 }
            return Token(kind: .identifier(String(decoding: bytes[s..<index], as: UTF8.self)), offset: start)
        }
        if b >= 0x30, b <= 0x39 {
            let s = index
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
            if index < bytes.count, Lexer.isIdentStart(bytes[index]) {
                throw error("unexpected character after number")
            }
            return Token(kind: .integer(String(decoding: bytes[s..<index], as: UTF8.self)), offset: start)
        }
        if b == UInt8(ascii: "\"") {
            index += 1
            let s = index
            while true {
                guard index < bytes.count else { throw error("unterminated string literal (expected a closing `\"`)", at: start) }
                let c = bytes[index]
                if c == UInt8(ascii: "\\") {
                    index += 2
                    continue
                }
                if c == UInt8(ascii: "\"") { break }
                index += 1
            }
            let body = String(decoding: bytes[s..<Swift.min(index, bytes.count)], as: UTF8.self)
            index += 1
            return Token(kind: .string(body), offset: start)
        }
        let two: String? = index + 1 < bytes.count ? String(decoding: bytes[index...index + 1], as: UTF8.self) : nil
        if let two, ["==", "!=", "<=", ">=", "&&", "||", "::"].contains(two) {
            index += 2
            return Token(kind: .punct(two), offset: start)
        }
        switch b {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
             UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: "@"), UInt8(ascii: "<"),
             UInt8(ascii: ">"), UInt8(ascii: "!"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "="),
             UInt8(ascii: "?"):
            index += 1
            return Token(kind: .punct(String(UnicodeScalar(b))), offset: start)
        default:
            let shown: String
            if b < 0x80, b >= 0x20 { shown = "`\(UnicodeScalar(b))`" } else { shown = "byte 0x" + String(b, radix: 16) }
            throw error("unexpected character \(shown)", at: start)
        }
    }
}
