/// The types the validator assigns to expressions (Cedar's strict type system).
indirect enum ValidationType: Equatable, CustomStringConvertible {
    enum BoolKind: Equatable {
        case anyBool, tt, ff
        var not: BoolKind {
            switch self {
            case .anyBool: return .anyBool
            case .tt: return .ff
            case .ff: return .tt
            }
        }
    }

    struct Attribute: Equatable {
        var type: ValidationType
        var required: Bool
    }

    case bool(BoolKind)
    case long
    case string
    case entity(String)
    case set(ValidationType)
    case record([String: Attribute])
    case ext(String)

    init(_ t: SchemaType) {
        switch t {
        case .bool: self = .bool(.anyBool)
        case .long: self = .long
        case .string: self = .string
        case let .set(e): self = .set(ValidationType(e))
        case let .record(r): self = .record(ValidationType.attributes(r))
        case let .entity(n): self = .entity(n)
        case let .extension(n): self = .ext(n)
        }
    }

    static func attributes(_ r: RecordType) -> [String: Attribute] {
        r.attributes.mapValues { Attribute(type: ValidationType($0.type), required: $0.required) }
    }

    var isBool: Bool {
        if case .bool = self { return true }
        return false
    }

    var description: String {
        switch self {
        case let .bool(k): return k == .anyBool ? "Bool" : (k == .tt ? "True" : "False")
        case .long: return "Long"
        case .string: return "String"
        case let .entity(n): return n
        case let .set(e): return "Set<\(e)>"
        case let .record(r): return "{" + r.keys.sorted().map { "\($0)\(r[$0]!.required ? "" : "?"): \(r[$0]!.type)" }.joined(separator: ", ") + "}"
        case let .ext(n): return n
        }
    }

    /// The least upper bound, or `nil` when the types are incompatible (strict mode).
    static func lub(_ a: ValidationType, _ b: ValidationType) -> ValidationType? {
        switch (a, b) {
        case let (.bool(x), .bool(y)): return .bool(x == y ? x : .anyBool)
        case let (.set(x), .set(y)):
            guard let e = lub(x, y) else { return nil }
            return .set(e)
        case let (.record(x), .record(y)):
            guard Set(x.keys) == Set(y.keys) else { return nil }
            var out: [String: Attribute] = [:]
            for (k, ax) in x {
                let ay = y[k]!
                guard let t = lub(ax.type, ay.type) else { return nil }
                out[k] = Attribute(type: t, required: ax.required && ay.required)
            }
            return .record(out)
        default:
            return a == b ? a : nil
        }
    }
}
