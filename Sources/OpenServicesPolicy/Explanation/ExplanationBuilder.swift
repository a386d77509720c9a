/// Builds an ``Explanation`` for a decision by re-examining the policies that could have applied.
struct ExplanationBuilder {
    let policies: PolicySet

    func explain(_ decision: Decision, _ ctx: EvaluationContext) -> Explanation {
        let determining = decision.reasons.compactMap { policies[$0] }.map(Explanation.PolicySummary.init)
        var notApplied: [Explanation.NotApplied] = []
        if !decision.isAllowed, decision.denialReason != nil {
            for (i, policy) in policies.policies.enumerated() where policy.effect == .permit {
                guard CompiledPolicy.matches(policy.action, ctx) else { continue }
                if let (failed, isError) = firstFailure(policies.compiled[i], policy, ctx) {
                    notApplied.append(.init(policy: .init(policy), failedCondition: failed, isError: isError))
                }
            }
        }
        return Explanation(determining: determining, notApplied: notApplied, errors: decision.errors, denialReason: decision.denialReason)
    }

    private func scopeText(_ variable: String, _ c: ScopeConstraint) -> String {
        switch c {
        case .any: return variable
        case let .equal(u): return "\(variable) == \(u)"
        case let .in(u): return "\(variable) in \(u)"
        case let .is(t): return "\(variable) is \(t)"
        case let .isIn(t, u): return "\(variable) is \(t) in \(u)"
        }
    }

    private func firstFailure(_ compiled: CompiledPolicy, _ policy: Policy, _ ctx: EvaluationContext) -> (String, Bool)? {
        if !CompiledPolicy.matches(policy.principal, ctx.principal, ctx) { return (scopeText("principal", policy.principal), false) }
        if !CompiledPolicy.matches(policy.resource, ctx.resource, ctx) { return (scopeText("resource", policy.resource), false) }
        for c in policy.conditions {
            let keyword = c.isWhen ? "when" : "unless"
            // Narrow to the first conjunct (when) or disjunct (unless) that decides the clause.
            var parts = [c.expression]
            if c.isWhen, case let .and(xs) = c.expression { parts = xs }
            if !c.isWhen, case let .or(xs) = c.expression { parts = xs }
            for part in parts {
                do throws(EvaluationError) {
                    let b = try ctx.evaluateBool(part)
                    if b != c.isWhen { return ("\(keyword) { \(part) }", false) }
                } catch {
                    return ("\(keyword) { \(part) }: \(error.message)", true)
                }
            }
        }
        return nil
    }
}
