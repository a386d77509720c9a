/// The schema facts the type checker needs: entity types with transitive ancestor types, actions with ancestors.
struct TypeEnvironment {
    struct RequestType {
        let principal: String
        let action: EntityUID
        let resource: String
        let context: [String: ValidationType.Attribute]
    }

    let schema: Schema
    let typeAncestors: [String: Set<String>]
    let actionAncestors: [EntityUID: Set<EntityUID>]
    let requestTypes: [RequestType]

    init(schema: Schema) {
        self.schema = schema
        var typeAncestors: [String: Set<String>] = [:]
        for name in schema.entityTypes.keys {
            var seen = Set<String>()
            var stack = Array(schema.entityTypes[name]!.memberOf)
            while let t = stack.popLast() {
                guard seen.insert(t).inserted else { continue }
                stack.append(contentsOf: schema.entityTypes[t]?.memberOf ?? [])
            }
            typeAncestors[name] = seen
        }
        self.typeAncestors = typeAncestors
        var actionAncestors: [EntityUID: Set<EntityUID>] = [:]
        for uid in schema.actions.keys {
            var seen = Set<EntityUID>()
            var stack = schema.actions[uid]!.memberOf
            while let a = stack.popLast() {
                guard seen.insert(a).inserted else { continue }
                stack.append(contentsOf: schema.actions[a]?.memberOf ?? [])
            }
            actionAncestors[uid] = seen
        }
        self.actionAncestors = actionAncestors
        var requests: [RequestType] = []
        for action in schema.actions.values.sorted(by: { $0.uid.description < $1.uid.description }) where action.hasAppliesTo {
            let context = ValidationType.attributes(action.context)
            for p in action.principalTypes {
                for r in action.resourceTypes {
                    requests.append(RequestType(principal: p, action: action.uid, resource: r, context: context))
                }
            }
        }
        requestTypes = requests
    }

    func isDescendantType(_ a: String, _ b: String) -> Bool {
        a == b || (typeAncestors[a]?.contains(b) ?? false)
    }

    func isDescendantAction(_ a: EntityUID, _ b: EntityUID) -> Bool {
        a == b || (actionAncestors[a]?.contains(b) ?? false)
    }

    /// Cedar's policy-as-expression: `principal && (action && (resource && conditions))`, conditions right-nested ending in `true`.
    static func policyExpression(_ p: Policy) -> Expr {
        func scope(_ v: Variable, _ c: ScopeConstraint) -> Expr {
            switch c {
            case .any: return .literal(.bool(true))
            case let .equal(u): return .binary(.equal, .variable(v), .literal(.entity(u)))
            case let .in(u): return .binary(.in, .variable(v), .literal(.entity(u)))
            case let .is(t): return .isType(.variable(v), t)
            case let .isIn(t, u): return .and([.isType(.variable(v), t), .binary(.in, .variable(v), .literal(.entity(u)))])
            }
        }
        let action: Expr
        switch p.action {
        case .any: action = .literal(.bool(true))
        case let .equal(u): action = .binary(.equal, .variable(.action), .literal(.entity(u)))
        case let .in(u): action = .binary(.in, .variable(.action), .literal(.entity(u)))
        case let .inSet(us): action = .binary(.in, .variable(.action), .set(us.map { .literal(.entity($0)) }))
        }
        var conditions: Expr = .literal(.bool(true))
        for c in p.conditions.reversed() {
            conditions = .and([c.isWhen ? c.expression : .not(c.expression), conditions])
        }
        return .and([scope(.principal, p.principal), .and([action, .and([scope(.resource, p.resource), conditions])])])
    }

    /// Whether the policy's scope can match requests of this type.
    static func scopeApplies(_ p: Policy, _ r: RequestType, _ env: TypeEnvironment) -> Bool {
        func matches(_ c: ScopeConstraint, _ type: String) -> Bool {
            switch c {
            case .any: return true
            case let .equal(u): return u.type == type
            case let .in(u): return env.isDescendantType(type, u.type)
            case let .is(t): return t == type
            case let .isIn(t, u): return t == type && env.isDescendantType(type, u.type)
            }
        }
        let actionMatches: Bool
        switch p.action {
        case .any: actionMatches = true
        case let .equal(u): actionMatches = u == r.action
        case let .in(u): actionMatches = env.isDescendantAction(r.action, u)
        case let .inSet(us): actionMatches = us.contains { env.isDescendantAction(r.action, $0) }
        }
        return actionMatches && matches(p.principal, r.principal) && matches(p.resource, r.resource)
    }

    /// The first reference to an undeclared entity type, enum id or action, if any.
    func checkEntities(_ e: Expr) -> String? {
        switch e {
        case let .literal(v): return checkValue(v)
        case .variable: return nil
        case let .isType(x, t):
            if schema.entityTypes[t] == nil { return "unknown entity type `\(t)`" }
            return checkEntities(x)
        case let .not(x), let .negate(x), let .getAttribute(x, _), let .hasAttribute(x, _), let .like(x, _):
            return checkEntities(x)
        case let .and(xs), let .or(xs), let .set(xs), let .call(_, xs):
            for x in xs { if let m = checkEntities(x) { return m } }
            return nil
        case let .ifThenElse(a, b, c): return checkEntities(a) ?? checkEntities(b) ?? checkEntities(c)
        case let .binary(_, a, b): return checkEntities(a) ?? checkEntities(b)
        case let .record(fs):
            for (_, x) in fs { if let m = checkEntities(x) { return m } }
            return nil
        }
    }

    func checkValue(_ v: Value) -> String? {
        switch v {
        case let .entity(uid):
            if schema.actions[uid] != nil { return nil }
            guard let def = schema.entityTypes[uid.type] else {
                return schema.actions.keys.contains(where: { $0.type == uid.type }) ? "unknown action \(uid)" : "unknown entity type `\(uid.type)`"
            }
            if let values = def.enumValues, !values.contains(where: { $0.scalarEquals(uid.id) }) { return "\(uid) is not one of the enumerated ids of `\(uid.type)`" }
            return nil
        case let .set(s):
            for x in s { if let m = checkValue(x) { return m } }
            return nil
        case let .record(r):
            for x in r.values { if let m = checkValue(x) { return m } }
            return nil
        default: return nil
        }
    }
}
