/// A type error found by the validator.
struct TypeCheckError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}

/// Cedar's strict type checker for one request environment, with capability tracking for `has` guards.
struct TypeChecker {
    typealias Capabilities = Set<String>
    typealias Result = (ValidationType, Capabilities)

    let env: TypeEnvironment
    let request: TypeEnvironment.RequestType

    init(env: TypeEnvironment, request: TypeEnvironment.RequestType) {
        self.env = env
        self.request = request
    }

    /// A canonical key for an expression, used to match `has` guards with later accesses.
    func key(_ e: Expr) -> String {
        switch e {
        case let .literal(v): return v.description
        case let .variable(v): return v == .action ? Value.entity(request.action).description : v.rawValue
        case let .not(x): return "!(\(key(x)))"
        case let .negate(x): return "-(\(key(x)))"
        case let .and(xs): return xs.dropFirst().reduce(key(xs[0])) { "(\($0) && \(key($1)))" }
        case let .or(xs): return xs.dropFirst().reduce(key(xs[0])) { "(\($0) || \(key($1)))" }
        case let .ifThenElse(a, b, c): return "if \(key(a)) then \(key(b)) else \(key(c))"
        case let .binary(op, a, b): return "(\(key(a)) \(op.rawValue) \(key(b)))"
        case let .getAttribute(x, a): return "(\(key(x)))[\(Value.quoted(a))]"
        case let .hasAttribute(x, a): return "(\(key(x)) has \(Value.quoted(a)))"
        case let .like(x, p): return "(\(key(x)) like \(p))"
        case let .isType(x, t): return "(\(key(x)) is \(t))"
        case let .set(xs): return "[" + xs.map(key).joined(separator: ", ") + "]"
        case let .record(fs): return "{" + fs.map { "\(Value.quoted($0.0)): \(key($0.1))" }.joined(separator: ", ") + "}"
        case let .call(f, xs): return "\(f.rawValue)(" + xs.map(key).joined(separator: ", ") + ")"
        }
    }

    func literalUID(_ e: Expr) -> EntityUID? {
        switch e {
        case let .literal(.entity(u)): return u
        case .variable(.action): return request.action
        default: return nil
        }
    }

    func isLiteral(_ e: Expr) -> Value? {
        switch e {
        case let .literal(v): return v
        case .variable(.action): return .entity(request.action)
        default: return nil
        }
    }

    func typeOfValue(_ v: Value) throws(TypeCheckError) -> ValidationType {
        switch v {
        case let .bool(b): return .bool(b ? .tt : .ff)
        case .long: return .long
        case .string: return .string
        case let .entity(u):
            if env.schema.entityTypes[u.type] != nil || env.schema.actions[u] != nil { return .entity(u.type) }
            throw TypeCheckError("unknown entity type `\(u.type)`")
        case let .set(s):
            var t: ValidationType?
            for x in s {
                let xt = try typeOfValue(x)
                if let cur = t {
                    guard let l = ValidationType.lub(cur, xt) else { throw TypeCheckError("set elements have incompatible types") }
                    t = l
                } else { t = xt }
            }
            guard let t else { throw TypeCheckError("empty set literals are not allowed in strict validation") }
            return .set(t)
        case let .record(r):
            var attrs: [String: ValidationType.Attribute] = [:]
            for (k, x) in r { attrs[k] = .init(type: try typeOfValue(x), required: true) }
            return .record(attrs)
        case .decimal: return .ext("decimal")
        case .ipaddr: return .ext("ipaddr")
        case .datetime: return .ext("datetime")
        case .duration: return .ext("duration")
        }
    }

    func boolKind(_ r: Result) throws(TypeCheckError) -> (ValidationType.BoolKind, Capabilities) {
        guard case let .bool(k) = r.0 else { throw TypeCheckError("expected Bool, found \(r.0)") }
        return (k, r.1)
    }

    mutating func typeOf(_ e: Expr, _ c: Capabilities) throws(TypeCheckError) -> Result {
        switch e {
        case let .literal(v): return (try typeOfValue(v), [])
        case let .variable(v):
            switch v {
            case .principal: return (.entity(request.principal), [])
            case .action: return (.entity(request.action.type), [])
            case .resource: return (.entity(request.resource), [])
            case .context: return (.record(request.context), [])
            }
        case let .ifThenElse(x1, x2, x3):
            let (k1, c1) = try boolKind(try typeOf(x1, c))
            switch k1 {
            case .tt:
                let (t2, c2) = try typeOf(x2, c.union(c1))
                return (t2, c1.union(c2))
            case .ff:
                return try typeOf(x3, c)
            case .anyBool:
                let (t2, c2) = try typeOf(x2, c.union(c1))
                let (t3, c3) = try typeOf(x3, c)
                guard let t = ValidationType.lub(t2, t3) else { throw TypeCheckError("the branches of `if` have incompatible types \(t2) and \(t3)") }
                return (t, c1.union(c2).intersection(c3))
            }
        case let .and(xs):
            var acc = try typeOf(xs[0], c)
            for x in xs.dropFirst() { acc = try typeOfAnd(acc, x, c) }
            _ = try boolKind(acc)
            return acc
        case let .or(xs):
            var acc = try typeOf(xs[0], c)
            for x in xs.dropFirst() { acc = try typeOfOr(acc, x, c) }
            _ = try boolKind(acc)
            return acc
        case let .not(x):
            let (k, _) = try boolKind(try typeOf(x, c))
            return (.bool(k.not), [])
        case let .negate(x):
            let (t, _) = try typeOf(x, c)
            guard t == .long else { throw TypeCheckError("`-` expects Long, found \(t)") }
            return (.long, [])
        case let .like(x, _):
            let (t, _) = try typeOf(x, c)
            guard t == .string else { throw TypeCheckError("`like` expects String, found \(t)") }
            return (.bool(.anyBool), [])
        case let .isType(x, type):
            let (t, _) = try typeOf(x, c)
            guard case let .entity(et) = t else { throw TypeCheckError("`is` expects an entity, found \(t)") }
            return (.bool(et == type ? .tt : .ff), [])
        case let .binary(op, a, b):
            return try typeOfBinary(op, a, b, c)
        case let .hasAttribute(x, attr):
            let (t, _) = try typeOf(x, c)
            let capability = "attr:" + key(x) + "." + attr
            let attrs: [String: ValidationType.Attribute]
            switch t {
            case let .record(r): attrs = r
            case let .entity(et):
                guard let def = env.schema.entityTypes[et] else {
                    if env.schema.actions.keys.contains(where: { $0.type == et }) { return (.bool(.ff), []) }
                    throw TypeCheckError("unknown entity type `\(et)`")
                }
                attrs = ValidationType.attributes(def.shape)
            default: throw TypeCheckError("`has` expects an entity or record, found \(t)")
            }
            guard let a = attrs[attr] else { return (.bool(.ff), []) }
            if c.contains(capability) { return (.bool(.tt), []) }
            if a.required, case .record = t { return (.bool(.tt), []) }
            return (.bool(.anyBool), [capability])
        case let .getAttribute(x, attr):
            let (t, _) = try typeOf(x, c)
            let attrs: [String: ValidationType.Attribute]
            switch t {
            case let .record(r): attrs = r
            case let .entity(et):
                guard let def = env.schema.entityTypes[et] else { throw TypeCheckError("entity type `\(et)` has no attributes") }
                attrs = ValidationType.attributes(def.shape)
            default: throw TypeCheckError("attribute access expects an entity or record, found \(t)")
            }
            guard let a = attrs[attr] else { throw TypeCheckError("attribute `\(attr)` not found on \(t)") }
            if !a.required, !c.contains("attr:" + key(x) + "." + attr) {
                throw TypeCheckError("attribute `\(attr)` of \(t) is optional; guard the access with `has`")
            }
            return (a.type, [])
        case let .set(xs):
            guard !xs.isEmpty else { throw TypeCheckError("empty set literals are not allowed in strict validation") }
            var t: ValidationType?
            for x in xs {
                let (xt, _) = try typeOf(x, c)
                if let cur = t {
                    guard let l = ValidationType.lub(cur, xt) else { throw TypeCheckError("set elements have incompatible types \(cur) and \(xt)") }
                    t = l
                } else { t = xt }
            }
            return (.set(t!), [])
        case let .record(fs):
            var attrs: [String: ValidationType.Attribute] = [:]
            for (k, x) in fs { attrs[k] = .init(type: try typeOf(x, c).0, required: true) }
            return (.record(attrs), [])
        case let .call(fn, xs):
            var types: [ValidationType] = []
            for x in xs { types.append(try typeOf(x, c).0) }
            return (try typeOfCall(fn, types, xs), [])
        }
    }

    mutating func typeOfAnd(_ r1: Result, _ x2: Expr, _ c: Capabilities) throws(TypeCheckError) -> Result {
        let (k1, c1) = try boolKind(r1)
        if k1 == .ff { return (.bool(.ff), []) }
        let (k2, c2) = try boolKind(try typeOf(x2, c.union(c1)))
        switch k2 {
        case .ff: return (.bool(.ff), [])
        case .tt: return (.bool(k1), c1.union(c2))
        case .anyBool: return (.bool(.anyBool), c1.union(c2))
        }
    }

    mutating func typeOfOr(_ r1: Result, _ x2: Expr, _ c: Capabilities) throws(TypeCheckError) -> Result {
        let (k1, c1) = try boolKind(r1)
        if k1 == .tt { return (.bool(.tt), []) }
        let r2 = try typeOf(x2, c)
        let (k2, c2) = try boolKind(r2)
        if k1 == .ff { return (.bool(k2), c2) }
        switch k2 {
        case .tt: return (.bool(.tt), [])
        case .ff: return (.bool(k1), c1)
        case .anyBool: return (.bool(.anyBool), c1.intersection(c2))
        }
    }

    mutating func typeOfBinary(_ op: BinaryOperator, _ a: Expr, _ b: Expr, _ c: Capabilities) throws(TypeCheckError) -> Result {
        switch op {
        case .greater: return try typeOfBinary(.less, b, a, c)
        case .greaterOrEqual: return try typeOfBinary(.lessOrEqual, b, a, c)
        case .notEqual:
            let (k, _) = try boolKind(try typeOfBinary(.equal, a, b, c))
            return (.bool(k.not), [])
        default: break
        }
        let (t1, _) = try typeOf(a, c)
        let (t2, _) = try typeOf(b, c)
        switch op {
        case .equal:
            if let v1 = isLiteral(a), let v2 = isLiteral(b) { return (.bool(v1 == v2 ? .tt : .ff), []) }
            if ValidationType.lub(t1, t2) != nil { return (.bool(.anyBool), []) }
            if case .entity = t1, case .entity = t2 { return (.bool(.ff), []) }
            throw TypeCheckError("`==` operands have incompatible types \(t1) and \(t2)")
        case .less, .lessOrEqual:
            switch (t1, t2) {
            case (.long, .long): return (.bool(.anyBool), [])
            case (.ext("datetime"), .ext("datetime")), (.ext("duration"), .ext("duration")): return (.bool(.anyBool), [])
            default: throw TypeCheckError("comparison expects Long operands, found \(t1) and \(t2)")
            }
        case .add, .subtract, .multiply:
            guard t1 == .long, t2 == .long else { throw TypeCheckError("arithmetic expects Long operands, found \(t1) and \(t2)") }
            return (.long, [])
        case .in:
            guard case let .entity(e1) = t1 else { throw TypeCheckError("`in` expects an entity on the left, found \(t1)") }
            switch t2 {
            case let .entity(e2):
                if let u1 = literalUID(a), env.schema.actions[u1] != nil, let u2 = literalUID(b) {
                    return (.bool(env.isDescendantAction(u1, u2) ? .tt : .ff), [])
                }
                return (.bool(env.isDescendantType(e1, e2) ? .anyBool : .ff), [])
            case let .set(.entity(e2)):
                if let u1 = literalUID(a), env.schema.actions[u1] != nil, case let .set(items) = b {
                    var uids: [EntityUID] = []
                    for item in items { if let u = literalUID(item) { uids.append(u) } }
                    if uids.count == items.count {
                        return (.bool(uids.contains { env.isDescendantAction(u1, $0) } ? .tt : .ff), [])
                    }
                }
                return (.bool(env.isDescendantType(e1, e2) ? .anyBool : .ff), [])
            default: throw TypeCheckError("`in` expects an entity or a set of entities on the right, found \(t2)")
            }
        case .contains:
            guard case let .set(e) = t1 else { throw TypeCheckError("`contains` expects a set, found \(t1)") }
            guard ValidationType.lub(t2, e) != nil else { throw TypeCheckError("`contains` argument \(t2) is incompatible with \(t1)") }
            return (.bool(.anyBool), [])
        case .containsAll, .containsAny:
            guard case let .set(e1) = t1, case let .set(e2) = t2 else { throw TypeCheckError("`\(op.rawValue)` expects sets, found \(t1) and \(t2)") }
            guard ValidationType.lub(e1, e2) != nil else { throw TypeCheckError("`\(op.rawValue)` operands have incompatible types") }
            return (.bool(.anyBool), [])
        case .hasTag, .getTag:
            guard case let .entity(et) = t1, t2 == .string else { throw TypeCheckError("`\(op.rawValue)` expects an entity and a String, found \(t1) and \(t2)") }
            let capability = "tag:" + key(a) + "|" + key(b)
            guard let def = env.schema.entityTypes[et] else {
                if op == .hasTag, env.schema.actions.keys.contains(where: { $0.type == et }) { return (.bool(.ff), []) }
                throw TypeCheckError("unknown entity type `\(et)`")
            }
            guard let tagType = def.tags else {
                if op == .hasTag { return (.bool(.ff), []) }
                throw TypeCheckError("entity type `\(et)` has no tags")
            }
            if op == .hasTag {
                return c.contains(capability) ? (.bool(.tt), []) : (.bool(.anyBool), [capability])
            }
            guard c.contains(capability) else { throw TypeCheckError("tag access on `\(et)` must be guarded by `hasTag`") }
            return (ValidationType(tagType), [])
        default:
            throw TypeCheckError("unexpected operator")
        }
    }

    func typeOfCall(_ fn: ExtensionFunction, _ types: [ValidationType], _ xs: [Expr]) throws(TypeCheckError) -> ValidationType {
        func constructor(_ type: String, _ valid: (String) -> Bool) throws(TypeCheckError) -> ValidationType {
            guard xs.count == 1, case let .literal(.string(s)) = xs[0], valid(s) else {
                throw TypeCheckError("`\(fn.rawValue)` needs a valid string literal argument")
            }
            return .ext(type)
        }
        let ip = ValidationType.ext("ipaddr"), dec = ValidationType.ext("decimal")
        let dt = ValidationType.ext("datetime"), dur = ValidationType.ext("duration")
        switch (fn, types) {
        case (.ip, _): return try constructor("ipaddr") { IPAddress(parsing: $0) != nil }
        case (.decimal, _): return try constructor("decimal") { CedarDecimal(parsing: $0) != nil }
        case (.datetime, _): return try constructor("datetime") { CedarDatetime(parsing: $0) != nil }
        case (.duration, _): return try constructor("duration") { CedarDuration(parsing: $0) != nil }
        case (.lessThan, [dec, dec]), (.lessThanOrEqual, [dec, dec]), (.greaterThan, [dec, dec]), (.greaterThanOrEqual, [dec, dec]):
            return .bool(.anyBool)
        case (.isIpv4, [ip]), (.isIpv6, [ip]), (.isLoopback, [ip]), (.isMulticast, [ip]), (.isInRange, [ip, ip]):
            return .bool(.anyBool)
        case (.offset, [dt, dur]): return dt
        case (.durationSince, [dt, dt]): return dur
        case (.toDate, [dt]): return dt
        case (.toTime, [dt]): return dur
        case (.toMilliseconds, [dur]), (.toSeconds, [dur]), (.toMinutes, [dur]), (.toHours, [dur]), (.toDays, [dur]): return .long
        case (.isEmpty, let ts) where ts.count == 1:
            guard case .set = ts[0] else { throw TypeCheckError("`isEmpty` expects a set, found \(ts[0])") }
            return .bool(.anyBool)
        default:
            throw TypeCheckError("invalid arguments \(types) for `\(fn.rawValue)`")
        }
    }
}
