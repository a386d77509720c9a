/// A policy prepared for fast evaluation (shared by reference).
final class CompiledPolicy: Sendable {
    let policy: Policy
    let id: String
    let isPermit: Bool
    let conditions: [(isWhen: Bool, expr: Expr)]
    let fields: FieldSet

    init(_ policy: Policy) {
        self.policy = policy
        id = policy.id
        isPermit = policy.effect == .permit
        conditions = policy.conditions.map { ($0.isWhen, $0.expression) }
        if let f = policy.annotation("fields") { fields = FieldSet(annotation: f) } else { fields = .all }
    }

    @inline(__always)
    static func matches(_ c: ScopeConstraint, _ uid: EntityUID, _ ctx: EvaluationContext) -> Bool {
        switch c {
        case .any: return true
        case let .equal(u): return uid == u
        case let .in(u): return ctx.isIn(uid, u)
        case let .is(t): return uid.type == t
        case let .isIn(t, u): return uid.type == t && ctx.isIn(uid, u)
        }
    }

    @inline(__always)
    static func matches(_ c: ActionConstraint, _ ctx: EvaluationContext) -> Bool {
        switch c {
        case .any: return true
        case let .equal(u): return ctx.action == u
        case let .in(u): return ctx.isIn(ctx.action, u)
        case let .inSet(us): return us.contains { ctx.isIn(ctx.action, $0) }
        }
    }

    @inline(__always)
    func scopeMatches(_ ctx: EvaluationContext) -> Bool {
        CompiledPolicy.matches(policy.principal, ctx.principal, ctx)
            && CompiledPolicy.matches(policy.action, ctx)
            && CompiledPolicy.matches(policy.resource, ctx.resource, ctx)
    }

    /// Whether the policy is satisfied; throws when a condition's evaluation fails.
    @inline(__always)
    func isSatisfied(_ ctx: EvaluationContext, checkScope: Bool = true) throws(EvaluationError) -> Bool {
        if checkScope, !scopeMatches(ctx) { return false }
        for c in conditions {
            let b = try ctx.evaluateBool(c.expr)
            if b != c.isWhen { return false }
        }
        return true
    }
}
