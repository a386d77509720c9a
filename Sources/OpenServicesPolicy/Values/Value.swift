/// A Cedar runtime value.
public enum Value: Sendable, Hashable, CustomStringConvertible {
    /// A boolean.
    case bool(Bool)
    /// A 64-bit signed integer.
    case long(Int64)
    /// A string.
    case string(String)
    /// An entity reference.
    case entity(EntityUID)
    /// A set of values.
    case set(Set<Value>)
    /// A record of named values.
    case record([String: Value])
    /// A `decimal` extension value.
    case decimal(CedarDecimal)
    /// An `ipaddr` extension value.
    case ipaddr(IPAddress)
    /// A `datetime` extension value.
    case datetime(CedarDatetime)
    /// A `duration` extension value.
    case duration(CedarDuration)

    /// Cedar equality: values of different types are unequal; strings compare by scalars.
    public static func == (lhs: Value, rhs: Value) -> Bool {
        switch (lhs, rhs) {
        case let (.bool(a), .bool(b)): return a == b
        case let (.long(a), .long(b)): return a == b
        case let (.string(a), .string(b)): return a.scalarEquals(b)
        case let (.entity(a), .entity(b)): return a == b
        case let (.set(a), .set(b)): return a == b
        case let (.record(a), .record(b)): return a == b
        case let (.decimal(a), .decimal(b)): return a == b
        case let (.ipaddr(a), .ipaddr(b)): return a == b
        case let (.datetime(a), .datetime(b)): return a == b
        case let (.duration(a), .duration(b)): return a == b
        default: return false
        }
    }

    /// Hashes consistently with ``==(_:_:)``.
    public func hash(into hasher: inout Hasher) {
        switch self {
        case let .bool(b): hasher.combine(0 as UInt8); hasher.combine(b)
        case let .long(l): hasher.combine(1 as UInt8); hasher.combine(l)
        case let .string(s):
            hasher.combine(2 as UInt8)
            s.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) } ?? hasher.combine(Array(s.utf8))
        case let .entity(e): hasher.combine(3 as UInt8); hasher.combine(e)
        case let .set(s): hasher.combine(4 as UInt8); hasher.combine(s)
        case let .record(r): hasher.combine(5 as UInt8); hasher.combine(r)
        case let .decimal(d): hasher.combine(6 as UInt8); hasher.combine(d)
        case let .ipaddr(i): hasher.combine(7 as UInt8); hasher.combine(i)
        case let .datetime(d): hasher.combine(8 as UInt8); hasher.combine(d)
        case let .duration(d): hasher.combine(9 as UInt8); hasher.combine(d)
        }
    }

    /// The Cedar type name of the value, for error messages.
    public var typeName: String {
        switch self {
        case .bool: return "Bool"
        case .long: return "Long"
        case .string: return "String"
        case .entity(let e): return "(entity of type `\(e.type)`)"
        case .set: return "Set"
        case .record: return "Record"
        case .decimal: return "decimal"
        case .ipaddr: return "ipaddr"
        case .datetime: return "datetime"
        case .duration: return "duration"
        }
    }

    /// The value written in Cedar syntax.
    public var description: String {
        switch self {
        case let .bool(b): return b ? "true" : "false"
        case let .long(l): return String(l)
        case let .string(s): return Value.quoted(s)
        case let .entity(e): return e.description
        case let .set(s): return "[" + s.map(\.description).sorted().joined(separator: ", ") + "]"
        case let .record(r):
            return "{" + r.keys.sorted().map { Value.quoted($0) + ": " + r[$0]!.description }.joined(separator: ", ") + "}"
        case let .decimal(d): return "decimal(\"\(d)\")"
        case let .ipaddr(i): return "ip(\"\(i)\")"
        case let .datetime(d):
            if let iso = d.iso8601 { return "datetime(\"\(iso)\")" }
            return "datetime(\"1970-01-01\").offset(duration(\"\(d.milliseconds)ms\"))"
        case let .duration(d): return "duration(\"\(d)\")"
        }
    }

    /// Quotes `s` as a Cedar string literal.
    public static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\0": out += "\\0"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// The value as JSON in Cedar's entity/context JSON format (`__entity` / `__extn` escapes).
    public var json: JSONValue {
        switch self {
        case let .bool(b): return .bool(b)
        case let .long(l): return .integer(l)
        case let .string(s): return .string(s)
        case let .entity(e): return .object([("__entity", .object([("type", .string(e.type)), ("id", .string(e.id))]))])
        case let .set(s): return .array(s.map(\.json))
        case let .record(r): return .object(r.keys.sorted().map { ($0, r[$0]!.json) })
        case let .decimal(d): return Value.extnJSON("decimal", d.description)
        case let .ipaddr(i): return Value.extnJSON("ip", i.description)
        case let .datetime(d):
            if let iso = d.iso8601 { return Value.extnJSON("datetime", iso) }
            return .object([("__extn", .object([("fn", .string("offset")), ("args", .array([
                Value.extnJSON("datetime", "1970-01-01"), Value.extnJSON("duration", "\(d.milliseconds)ms"),
            ]))]))])
        case let .duration(d): return Value.extnJSON("duration", d.description)
        }
    }

    static func extnJSON(_ fn: String, _ arg: String) -> JSONValue {
        .object([("__extn", .object([("fn", .string(fn)), ("arg", .string(arg))]))])
    }
}
