/// Parses Cedar's JSON policy format (a single policy, or `{"staticPolicies": {...}}`).
public enum PolicyJSONParser {
    static func fail(_ m: String, _ file: String? = nil) -> PolicyParseError {
        PolicyParseError(message: m, location: SourceLocation(line: 1, column: 1, offset: 0), file: file)
    }

    /// Parses a JSON policy or policy set. Single policies get the id `policyN` with N = `startIndex`;
    /// policies in `staticPolicies` keep their given ids.
    public static func parsePolicySet(_ text: String, startIndex: Int = 0, file: String? = nil) throws(PolicyParseError) -> [Policy] {
        let json: JSONValue
        do { json = try JSONParser.parse(text) } catch {
            var e = error
            e.file = file
            throw e
        }
        do throws(PolicyParseError) {
            if let statics = json["staticPolicies"] {
                var out: [Policy] = []
                if let list = statics.arrayValue {
                    for (i, p) in list.enumerated() { out.append(try policy(p, id: "policy\(startIndex + i)")) }
                } else {
                    for (id, p) in statics.objectValue ?? [] { out.append(try policy(p, id: id)) }
                }
                if let templates = json["templates"]?.objectValue, !templates.isEmpty { throw fail("templates are not supported") }
                return out.map { var p = $0; p.file = file; return p }
            }
            if let list = json.arrayValue {
                var out: [Policy] = []
                for (i, p) in list.enumerated() {
                    var x = try policy(p, id: "policy\(startIndex + i)")
                    x.file = file
                    out.append(x)
                }
                return out
            }
            var p = try policy(json, id: "policy\(startIndex)")
            p.file = file
            return [p]
        } catch {
            var e = error
            e.file = file
            throw e
        }
    }

    /// Parses one policy object.
    public static func policy(_ json: JSONValue, id: String) throws(PolicyParseError) -> Policy {
        guard let effectName = json["effect"]?.stringValue, let effect = Effect(rawValue: effectName) else {
            throw fail("policy \(id): `effect` must be \"permit\" or \"forbid\"")
        }
        var annotations: [(key: String, value: String)] = []
        for (k, v) in json["annotations"]?.objectValue ?? [] { annotations.append((k, v.stringValue ?? "")) }
        let principal = try scope(json["principal"], "principal")
        let resource = try scope(json["resource"], "resource")
        let action: ActionConstraint
        let a = json["action"] ?? .object([("op", .string("All"))])
        switch a["op"]?.stringValue {
        case "All": action = .any
        case "==": action = .equal(try entity(a["entity"]))
        case "in":
            if let list = a["entities"]?.arrayValue {
                var uids: [EntityUID] = []
                for e in list { uids.append(try entity(e)) }
                action = .inSet(uids)
            } else {
                action = .in(try entity(a["entity"]))
            }
        default: throw fail("policy \(id): invalid action constraint")
        }
        var conditions: [Condition] = []
        for c in json["conditions"]?.arrayValue ?? [] {
            guard let kind = c["kind"]?.stringValue, kind == "when" || kind == "unless", let body = c["body"] else {
                throw fail("policy \(id): a condition needs `kind` (when/unless) and `body`")
            }
            let e = try expr(body, depth: 0)
            conditions.append(Condition(isWhen: kind == "when", expression: e, sourceText: body.serialized, location: nil))
        }
        return Policy(id: id, effect: effect, annotations: annotations, principal: principal, action: action, resource: resource, conditions: conditions)
    }

    static func entity(_ json: JSONValue?) throws(PolicyParseError) -> EntityUID {
        guard let json else { throw fail("missing entity") }
        if json["slot"] != nil { throw fail("template slots are not supported") }
        return try EntityJSONDecoder().entityUID(json)
    }

    static func scope(_ json: JSONValue?, _ name: String) throws(PolicyParseError) -> ScopeConstraint {
        guard let json else { return .any }
        switch json["op"]?.stringValue {
        case "All": return .any
        case "==": return .equal(try entity(json["entity"]))
        case "in": return .in(try entity(json["entity"]))
        case "is":
            guard let t = json["entity_type"]?.stringValue else { throw fail("`is` needs `entity_type`") }
            if let inner = json["in"] { return .isIn(t, try entity(inner["entity"] ?? inner)) }
            return .is(t)
        default: throw fail("invalid \(name) constraint")
        }
    }

    static let binaryOps: [String: BinaryOperator] = [
        "==": .equal, "!=": .notEqual, "<": .less, "<=": .lessOrEqual, ">": .greater, ">=": .greaterOrEqual,
        "+": .add, "-": .subtract, "*": .multiply, "in": .in, "contains": .contains, "containsAll": .containsAll,
        "containsAny": .containsAny, "hasTag": .hasTag, "getTag": .getTag,
    ]

    /// Parses one JSON expression.
    public static func expr(_ json: JSONValue, depth: Int) throws(PolicyParseError) -> Expr {
        guard depth < Parser.maximumExpressionDepth else { throw fail("expression nested too deeply") }
        guard let members = json.objectValue, members.count == 1 else { throw fail("an expression must be an object with one key") }
        let (key, body) = members[0]
        func sub(_ j: JSONValue?) throws(PolicyParseError) -> Expr {
            guard let j else { throw fail("`\(key)` is missing an operand") }
            return try expr(j, depth: depth + 1)
        }
        switch key {
        case "Value":
            return .literal(try EntityJSONDecoder().value(body, expected: nil))
        case "Var":
            guard let name = body.stringValue, let v = Variable(rawValue: name) else { throw fail("unknown variable") }
            return .variable(v)
        case "Slot": throw fail("template slots are not supported")
        case "!": return .not(try sub(body["arg"]))
        case "neg": return .negate(try sub(body["arg"]))
        case "&&": return .and([try sub(body["left"]), try sub(body["right"])])
        case "||": return .or([try sub(body["left"]), try sub(body["right"])])
        case ".":
            guard let attr = body["attr"]?.stringValue else { throw fail("`.` needs `attr`") }
            return .getAttribute(try sub(body["left"]), attr)
        case "has":
            guard let attr = body["attr"]?.stringValue else { throw fail("`has` needs `attr`") }
            return .hasAttribute(try sub(body["left"]), attr)
        case "like":
            var elements: [LikePattern.Element] = []
            if let list = body["pattern"]?.arrayValue {
                for e in list {
                    if e.stringValue == "Wildcard" { elements.append(.wildcard) } else if let lit = e["Literal"]?.stringValue {
                        for s in lit.unicodeScalars { elements.append(.literal(s)) }
                    } else { throw fail("invalid `like` pattern element") }
                }
            } else if let s = body["pattern"]?.stringValue {
                for c in s.unicodeScalars { elements.append(c == "*" ? .wildcard : .literal(c)) }
            }
            return .like(try sub(body["left"]), LikePattern(elements: elements))
        case "is":
            guard let t = body["entity_type"]?.stringValue else { throw fail("`is` needs `entity_type`") }
            let lhs = try sub(body["left"])
            if let inner = body["in"] { return .and([.isType(lhs, t), .binary(.in, lhs, try expr(inner, depth: depth + 1))]) }
            return .isType(lhs, t)
        case "if-then-else":
            return .ifThenElse(try sub(body["if"]), try sub(body["then"]), try sub(body["else"]))
        case "Set":
            var items: [Expr] = []
            for e in body.arrayValue ?? [] { items.append(try expr(e, depth: depth + 1)) }
            return .set(items)
        case "Record":
            var fields: [(String, Expr)] = []
            for (k, v) in body.objectValue ?? [] { fields.append((k, try expr(v, depth: depth + 1))) }
            return .record(fields)
        case "isEmpty":
            return .call(.isEmpty, [try sub(body["arg"])])
        default:
            if let op = binaryOps[key] { return .binary(op, try sub(body["left"]), try sub(body["right"])) }
            let name = key.hasPrefix("__cedar::") ? String(key.dropFirst(9)) : key
            guard let fn = ExtensionFunction(rawValue: name), let args = body.arrayValue else { throw fail("unknown expression `\(key)`") }
            var values: [Expr] = []
            for a in args { values.append(try expr(a, depth: depth + 1)) }
            return .call(fn, values)
        }
    }
}
