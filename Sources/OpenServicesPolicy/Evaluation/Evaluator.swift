extension EvaluationContext {
    /// Evaluates `expr`.
    public func evaluate(_ expr: Expr) throws(EvaluationError) -> Value {
        switch expr {
        case let .literal(v):
            return v
        case let .variable(v):
            switch v {
            case .principal: return .entity(principal)
            case .action: return .entity(action)
            case .resource: return .entity(resource)
            case .context: return context
            }
        case let .not(e):
            return .bool(!(try evaluateBool(e)))
        case let .negate(e):
            let v = try evaluateLong(e)
            let (r, o) = Int64(0).subtractingReportingOverflow(v)
            if o { throw EvaluationError(.overflow, "integer overflow negating \(v)") }
            return .long(r)
        case let .and(items):
            for item in items where !(try evaluateBool(item)) { return .bool(false) }
            return .bool(true)
        case let .or(items):
            for item in items where try evaluateBool(item) { return .bool(true) }
            return .bool(false)
        case let .ifThenElse(c, a, b):
            return try evaluateBool(c) ? try evaluate(a) : try evaluate(b)
        case let .binary(op, a, b):
            return try evaluateBinary(op, a, b)
        case let .getAttribute(e, attr):
            return try getAttribute(e, attr)
        case let .hasAttribute(e, attr):
            switch try evaluate(e) {
            case let .record(r): return .bool(r[attr] != nil)
            case let .entity(uid): return .bool(entity(uid)?.attributes[attr] != nil)
            case let other: throw EvaluationError.type("entity or record", other)
            }
        case let .like(e, pattern):
            guard case let .string(s) = try evaluate(e) else { throw EvaluationError(.typeError, "type error: `like` expects a string") }
            return .bool(pattern.matches(s))
        case let .isType(e, type):
            let v = try evaluate(e)
            guard case let .entity(uid) = v else { throw EvaluationError.type("entity", v) }
            return .bool(uid.type == type)
        case let .set(items):
            var s = Set<Value>(minimumCapacity: items.count)
            for item in items { s.insert(try evaluate(item)) }
            return .set(s)
        case let .record(fields):
            var r = [String: Value](minimumCapacity: fields.count)
            for (k, e) in fields { r[k] = try evaluate(e) }
            return .record(r)
        case let .call(fn, args):
            var values: [Value] = []
            values.reserveCapacity(args.count)
            for a in args { values.append(try evaluate(a)) }
            return try ExtensionFunctions.call(fn, values)
        }
    }

    /// Evaluates `expr` and requires a boolean.
    @inline(__always)
    public func evaluateBool(_ expr: Expr) throws(EvaluationError) -> Bool {
        let v = try evaluate(expr)
        guard case let .bool(b) = v else { throw EvaluationError.type("Bool", v) }
        return b
    }

    @inline(__always)
    func evaluateLong(_ expr: Expr) throws(EvaluationError) -> Int64 {
        let v = try evaluate(expr)
        guard case let .long(l) = v else { throw EvaluationError.type("Long", v) }
        return l
    }

    func getAttribute(_ e: Expr, _ attr: String) throws(EvaluationError) -> Value {
        let base: Value
        // Fast path for `principal.x` / `resource.x`: use the cached entity.
        if case let .variable(v) = e {
            if v == .context {
                guard let value = contextRecord[attr] else { throw EvaluationError(.attributeDoesNotExist, "context does not have the attribute `\(attr)`") }
                return value
            }
            let cached: StoredEntity?
            let uid: EntityUID
            switch v {
            case .principal: cached = principalEntity; uid = principal
            case .resource: cached = resourceEntity; uid = resource
            default: cached = actionEntity; uid = action
            }
            guard let entity = cached else { throw EvaluationError(.entityDoesNotExist, "entity \(uid) does not exist") }
            guard let value = entity.attributes[attr] else {
                throw EvaluationError(.attributeDoesNotExist, "entity \(uid) does not have the attribute `\(attr)`")
            }
            return value
        }
        base = try evaluate(e)
        switch base {
        case let .record(r):
            guard let value = r[attr] else { throw EvaluationError(.attributeDoesNotExist, "record does not have the attribute `\(attr)`") }
            return value
        case let .entity(uid):
            guard let entity = entity(uid) else { throw EvaluationError(.entityDoesNotExist, "entity \(uid) does not exist") }
            guard let value = entity.attributes[attr] else {
                throw EvaluationError(.attributeDoesNotExist, "entity \(uid) does not have the attribute `\(attr)`")
            }
            return value
        default:
            throw EvaluationError.type("entity or record", base)
        }
    }

    func evaluateBinary(_ op: BinaryOperator, _ a: Expr, _ b: Expr) throws(EvaluationError) -> Value {
        let l = try evaluate(a)
        let r = try evaluate(b)
        switch op {
        case .equal: return .bool(l == r)
        case .notEqual: return .bool(l != r)
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            let c: Int  // -1, 0, 1
            switch (l, r) {
            case let (.long(x), .long(y)): c = x < y ? -1 : (x == y ? 0 : 1)
            case let (.datetime(x), .datetime(y)): c = x < y ? -1 : (x == y ? 0 : 1)
            case let (.duration(x), .duration(y)): c = x < y ? -1 : (x == y ? 0 : 1)
            default:
                throw EvaluationError(.typeError, "type error: cannot compare \(l.typeName) with \(r.typeName)")
            }
            switch op {
            case .less: return .bool(c < 0)
            case .lessOrEqual: return .bool(c <= 0)
            case .greater: return .bool(c > 0)
            default: return .bool(c >= 0)
            }
        case .add, .subtract, .multiply:
            guard case let .long(x) = l else { throw EvaluationError.type("Long", l) }
            guard case let .long(y) = r else { throw EvaluationError.type("Long", r) }
            let (v, o): (Int64, Bool)
            switch op {
            case .add: (v, o) = x.addingReportingOverflow(y)
            case .subtract: (v, o) = x.subtractingReportingOverflow(y)
            default: (v, o) = x.multipliedReportingOverflow(by: y)
            }
            if o { throw EvaluationError(.overflow, "integer overflow: \(x) \(op.rawValue) \(y)") }
            return .long(v)
        case .in:
            guard case let .entity(uid) = l else { throw EvaluationError.type("entity", l) }
            switch r {
            case let .entity(target): return .bool(isIn(uid, target))
            case let .set(targets):
                var found = false
                for t in targets {
                    guard case let .entity(target) = t else { throw EvaluationError.type("set of entities", t) }
                    if !found, isIn(uid, target) { found = true }
                }
                return .bool(found)
            default:
                throw EvaluationError.type("entity or set of entities", r)
            }
        case .contains:
            guard case let .set(s) = l else { throw EvaluationError.type("Set", l) }
            return .bool(s.contains(r))
        case .containsAll:
            guard case let .set(s) = l else { throw EvaluationError.type("Set", l) }
            guard case let .set(t) = r else { throw EvaluationError.type("Set", r) }
            return .bool(t.isSubset(of: s))
        case .containsAny:
            guard case let .set(s) = l else { throw EvaluationError.type("Set", l) }
            guard case let .set(t) = r else { throw EvaluationError.type("Set", r) }
            return .bool(!s.isDisjoint(with: t))
        case .hasTag, .getTag:
            guard case let .entity(uid) = l else { throw EvaluationError.type("entity", l) }
            guard case let .string(key) = r else { throw EvaluationError.type("String", r) }
            let e = entity(uid)
            if op == .hasTag { return .bool(e?.tags[key] != nil) }
            guard let e else { throw EvaluationError(.entityDoesNotExist, "entity \(uid) does not exist") }
            guard let v = e.tags[key] else { throw EvaluationError(.tagDoesNotExist, "entity \(uid) does not have the tag `\(key)`") }
            return v
        }
    }
}
