/// A strict, non-recursive-blowup JSON parser with line/column errors and a nesting limit.
public struct JSONParser: Sendable {
    /// The deepest nesting of arrays and objects that is accepted.
    public static let maximumDepth = 512

    /// Parses `text` as one JSON document.
    /// - Throws: ``PolicyParseError`` with the line and column of the problem.
    public static func parse(_ text: String) throws(PolicyParseError) -> JSONValue {
        var parser = Parser(bytes: Array(text.utf8))
        parser.skipWhitespace()
        let value = try parser.parseValue(depth: 0)
        parser.skipWhitespace()
        if parser.index < parser.bytes.count {
            throw parser.error("expected end of JSON document")
        }
        return value
    }

    struct Parser {
        let bytes: [UInt8]
        var index = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        func error(_ message: String) -> PolicyParseError {
            var line = 1, column = 1
            var i = 0
            let end = Swift.min(index, bytes.count)
            while i < end {
                if bytes[i] == 0x0A { line += 1; column = 1 } else if bytes[i] & 0xC0 != 0x80 { column += 1 }
                i += 1
            }
            return PolicyParseError(message: message, location: SourceLocation(line: line, column: column, offset: end))
        }

        mutating func skipWhitespace() {
            while index < bytes.count {
                let b = bytes[index]
                if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { index += 1 } else { break }
            }
        }

        mutating func parseValue(depth: Int) throws(PolicyParseError) -> JSONValue {
            guard depth < JSONParser.maximumDepth else { throw error("JSON nested too deeply (limit \(JSONParser.maximumDepth))") }
            guard index < bytes.count else { throw error("expected a JSON value, found end of input") }
            switch bytes[index] {
            case UInt8(ascii: "{"):
                index += 1
                var members: [(key: String, value: JSONValue)] = []
                skipWhitespace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
                while true {
                    skipWhitespace()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw error("expected a string key in object") }
                    let key = try parseString()
                    skipWhitespace()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error("expected ':' after object key") }
                    index += 1
                    skipWhitespace()
                    let value = try parseValue(depth: depth + 1)
                    members.append((key, value))
                    skipWhitespace()
                    guard index < bytes.count else { throw error("expected ',' or '}' in object, found end of input") }
                    if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                    if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
                    throw error("expected ',' or '}' in object")
                }
            case UInt8(ascii: "["):
                index += 1
                var items: [JSONValue] = []
                skipWhitespace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
                while true {
                    skipWhitespace()
                    items.append(try parseValue(depth: depth + 1))
                    skipWhitespace()
                    guard index < bytes.count else { throw error("expected ',' or ']' in array, found end of input") }
                    if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                    if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
                    throw error("expected ',' or ']' in array")
                }
            case UInt8(ascii: "\""):
                return .string(try parseString())
            case UInt8(ascii: "t"):
                try expectWord("true"); return .bool(true)
            case UInt8(ascii: "f"):
                try expectWord("false"); return .bool(false)
            case UInt8(ascii: "n"):
                try expectWord("null"); return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                return try parseNumber()
            default:
                throw error("expected a JSON value")
            }
        }

        mutating func expectWord(_ word: String) throws(PolicyParseError) {
            for b in word.utf8 {
                guard index < bytes.count, bytes[index] == b else { throw error("expected '\(word)'") }
                index += 1
            }
        }

        mutating func parseNumber() throws(PolicyParseError) -> JSONValue {
            let start = index
            var isInteger = true
            if bytes[index] == UInt8(ascii: "-") { index += 1 }
            var digits = 0
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1; digits += 1 }
            guard digits > 0 else { throw error("expected digits in number") }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                isInteger = false
                index += 1
                var frac = 0
                while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1; frac += 1 }
                guard frac > 0 else { throw error("expected digits after decimal point") }
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                isInteger = false
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
                var exp = 0
                while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1; exp += 1 }
                guard exp > 0 else { throw error("expected digits in exponent") }
            }
            let text = String(decoding: bytes[start..<index], as: UTF8.self)
            if isInteger, let value = Int64(text) { return .integer(value) }
            return .number(text)
        }

        mutating func parseHex4() throws(PolicyParseError) -> UInt32 {
            var v: UInt32 = 0
            for _ in 0..<4 {
                guard index < bytes.count else { throw error("expected 4 hex digits in \\u escape") }
                let b = bytes[index]
                let d: UInt32
                switch b {
                case 0x30...0x39: d = UInt32(b - 0x30)
                case 0x41...0x46: d = UInt32(b - 0x41 + 10)
                case 0x61...0x66: d = UInt32(b - 0x61 + 10)
                default: throw error("expected 4 hex digits in \\u escape")
                }
                v = v * 16 + d
                index += 1
            }
            return v
        }

        mutating func parseString() throws(PolicyParseError) -> String {
            index += 1  // opening quote
            var out: [UInt8] = []
            var runStart = index
            while true {
                guard index < bytes.count else { throw error("unterminated string") }
                let b = bytes[index]
                if b == UInt8(ascii: "\"") {
                    out.append(contentsOf: bytes[runStart..<index])
                    index += 1
                    break
                }
                if b < 0x20 { throw error("control character in string") }
                if b == UInt8(ascii: "\\") {
                    out.append(contentsOf: bytes[runStart..<index])
                    index += 1
                    guard index < bytes.count else { throw error("unterminated escape") }
                    let e = bytes[index]
                    index += 1
                    switch e {
                    case UInt8(ascii: "\""): out.append(0x22)
                    case UInt8(ascii: "\\"): out.append(0x5C)
                    case UInt8(ascii: "/"): out.append(0x2F)
                    case UInt8(ascii: "b"): out.append(0x08)
                    case UInt8(ascii: "f"): out.append(0x0C)
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "u"):
                        var code = try parseHex4()
                        if code >= 0xD800, code < 0xDC00 {
                            if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                                index += 2
                                let low = try parseHex4()
                                guard low >= 0xDC00, low < 0xE000 else { throw error("invalid surrogate pair") }
                                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                            } else {
                                throw error("lone surrogate in string")
                            }
                        } else if code >= 0xDC00, code < 0xE000 {
                            throw error("lone surrogate in string")
                        }
                        guard let scalar = Unicode.Scalar(code) else { throw error("invalid unicode escape") }
                        out.append(contentsOf: Array(String(Character(scalar)).utf8))
                    default:
                        throw error("invalid escape in string")
                    }
                    runStart = index
                    continue
                }
                index += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
