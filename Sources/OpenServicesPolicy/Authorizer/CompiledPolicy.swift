/// A policy prepared for fast evaluation (shared by reference).
final class CompiledPolicy: Sendable {
    let policy: Policy
    let id: String
    let isPermit: Bool
    /// All `when`/`unless` clauses as one conjunction (same order, short-circuiting and errors); `nil` when none.
    let condition: Expr?
    let fields: FieldSet

    init(_ policy: Policy) {
        self.policy = policy
        id = policy.id
        isPermit = policy.effect == .permit
        var parts: [Expr] = []
        for c in policy.conditions {
            if c.isWhen, case let .and(xs) = c.expression { parts += xs } else { parts.append(c.isWhen ? c.expression : .not(c.expression)) }
        }
        condition = parts.isEmpty ? nil : (parts.count == 1 ? parts[0] : .and(parts))
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
        guard let condition else { return true }
        return try ctx.evaluateBool(condition)
    }
}
