/// Indexes policies by their scope constraints so that a request only evaluates candidate policies.
struct PolicyIndex: Sendable {
    struct Dimension: Sendable {
        var unconstrained: PolicyBitset
        var byUID: [EntityUID: PolicyBitset] = [:]
        var byType: [String: PolicyBitset] = [:]
        let count: Int

        init(count: Int) {
            self.count = count
            unconstrained = PolicyBitset(count: count)
        }

        mutating func add(uid: EntityUID, policy: Int) {
            byUID[uid, default: PolicyBitset(count: count)].insert(policy)
        }

        mutating func add(type: String, policy: Int) {
            byType[type, default: PolicyBitset(count: count)].insert(policy)
        }

        /// Policies whose constraint on this dimension may match `uid` (an over-approximation).
        @inline(__always)
        func candidates(_ uid: EntityUID, entity: Entity?) -> PolicyBitset {
            var bits = unconstrained
            if !byUID.isEmpty {
                if let b = byUID[uid] { bits.formUnion(b) }
                if let entity {
                    if entity.ancestors.count <= byUID.count {
                        for a in entity.ancestors { if let b = byUID[a] { bits.formUnion(b) } }
                    } else {
                        for (key, b) in byUID where entity.ancestors.contains(key) { bits.formUnion(b) }
                    }
                }
            }
            if !byType.isEmpty, let b = byType[uid.type] { bits.formUnion(b) }
            return bits
        }
    }

    var principal: Dimension
    var action: Dimension
    var resource: Dimension

    init(_ policies: [Policy]) {
        let n = policies.count
        principal = Dimension(count: n)
        action = Dimension(count: n)
        resource = Dimension(count: n)
        for (i, p) in policies.enumerated() {
            PolicyIndex.add(p.principal, i, to: &principal)
            PolicyIndex.add(p.resource, i, to: &resource)
            switch p.action {
            case .any: action.unconstrained.insert(i)
            case let .equal(uid), let .in(uid): action.add(uid: uid, policy: i)
            case let .inSet(uids): for uid in uids { action.add(uid: uid, policy: i) }
            }
        }
    }

    private static func add(_ c: ScopeConstraint, _ i: Int, to d: inout Dimension) {
        switch c {
        case .any: d.unconstrained.insert(i)
        case let .equal(uid), let .in(uid), let .isIn(_, uid): d.add(uid: uid, policy: i)
        case let .is(type): d.add(type: type, policy: i)
        }
    }

    /// Candidate policies for a request.
    @inline(__always)
    func candidates(_ ctx: EvaluationContext) -> PolicyBitset {
        var bits = principal.candidates(ctx.principal, entity: ctx.principalEntity)
        bits.formIntersection(action.candidates(ctx.action, entity: ctx.actionEntity))
        bits.formIntersection(resource.candidates(ctx.resource, entity: ctx.resourceEntity))
        return bits
    }
}
