/// Indexes policies by their scope constraints so that a request only evaluates candidate policies.
///
/// The index is exact for `==`, `in`, `is` and action sets: a policy found through it satisfies its scope,
/// except `is T in E` constraints, which are marked for a full scope check.
struct PolicyIndex: Sendable {
    struct Dimension: Sendable {
        var unconstrained: [UInt64]
        /// `== E`: matched by the request entity itself.
        var equal: [EntityUID: [UInt64]] = [:]
        /// `in E`: matched by the entity or any ancestor.
        var within: [EntityUID: [UInt64]] = [:]
        /// `is T`: matched by the entity type.
        var byType: [String: [UInt64]] = [:]
        let words: Int

        init(words: Int) {
            self.words = words
            unconstrained = [UInt64](repeating: 0, count: words)
        }

        static func set(_ bits: inout [UInt64], _ i: Int) { bits[i >> 6] |= 1 << UInt64(i & 63) }

        mutating func add(_ map: WritableKeyPath<Dimension, [EntityUID: [UInt64]]>, _ uid: EntityUID, _ i: Int) {
            let w = words
            Dimension.set(&self[keyPath: map][uid, default: [UInt64](repeating: 0, count: w)], i)
        }

        /// ORs the policies whose constraint matches `uid` into `out`.
        @inline(__always)
        func collect(_ uid: EntityUID, entity: StoredEntity?, into out: UnsafeMutableBufferPointer<UInt64>) {
            for w in 0..<words { out[w] = unconstrained[w] }
            if !equal.isEmpty, let b = equal[uid] { Dimension.or(b, into: out) }
            if !within.isEmpty {
                if let b = within[uid] { Dimension.or(b, into: out) }
                if let entity, !entity.ancestors.isEmpty {
                    if entity.ancestors.count <= within.count {
                        for a in entity.ancestors { if let b = within[a] { Dimension.or(b, into: out) } }
                    } else {
                        for (key, b) in within where entity.ancestors.contains(key) { Dimension.or(b, into: out) }
                    }
                }
            }
            if !byType.isEmpty, let b = byType[uid.type] { Dimension.or(b, into: out) }
        }

        @inline(__always)
        static func or(_ b: [UInt64], into out: UnsafeMutableBufferPointer<UInt64>) {
            for w in 0..<b.count { out[w] |= b[w] }
        }
    }

    /// Policies whose condition starts with `context.attr == literal`: when the request's context has the
    /// attribute with another value, such a policy is false without evaluation (its first conjunct cannot
    /// error and short-circuits), so it is dropped from the candidates.
    struct ContextGuard: Sendable {
        let attribute: String
        var all: [UInt64]
        var byValue: [Value: [UInt64]]
    }

    var principal: Dimension
    var action: Dimension
    var resource: Dimension
    var guards: [ContextGuard] = []

    /// Policies whose condition starts with `context.attr in Type::"id"` (e.g. `context.purpose in Purpose::"toeslagen"`):
    /// when the request's context holds an entity there, only policies naming that entity or one of its
    /// ancestors can pass the first conjunct; the others are false without evaluation.
    struct ContextInGuard: Sendable {
        let attribute: String
        var all: [UInt64]
        var byTarget: [EntityUID: [UInt64]]
    }

    var inGuards: [ContextInGuard] = []
    /// Policies whose scope must still be checked after the index lookup.
    var needsScopeCheck: [Bool]
    let words: Int

    init(_ policies: [Policy]) {
        let n = policies.count
        words = Swift.max(1, (n + 63) / 64)
        principal = Dimension(words: words)
        action = Dimension(words: words)
        resource = Dimension(words: words)
        needsScopeCheck = [Bool](repeating: false, count: n)
        for (i, p) in policies.enumerated() {
            let checkPrincipal = PolicyIndex.add(p.principal, i, to: &principal)
            let checkResource = PolicyIndex.add(p.resource, i, to: &resource)
            needsScopeCheck[i] = checkPrincipal || checkResource
            switch p.action {
            case .any: Dimension.set(&action.unconstrained, i)
            case let .equal(uid): action.add(\.equal, uid, i)
            case let .in(uid): action.add(\.within, uid, i)
            case let .inSet(uids): for uid in uids { action.add(\.within, uid, i) }
            }
        }
    }

    /// The `context.attr == literal` that a condition starts with, if any.
    static func leadingContextEquality(_ e: Expr?) -> (String, Value)? {
        guard var e else { return nil }
        while case let .and(xs) = e { e = xs[0] }
        guard case let .binary(.equal, a, b) = e else { return nil }
        if case let .getAttribute(.variable(.context), attr) = a, case let .literal(v) = b { return (attr, v) }
        if case let .getAttribute(.variable(.context), attr) = b, case let .literal(v) = a { return (attr, v) }
        return nil
    }

    /// The `context.attr in Type::"id"` that a condition starts with, if any.
    static func leadingContextIn(_ e: Expr?) -> (String, EntityUID)? {
        guard var e else { return nil }
        while case let .and(xs) = e { e = xs[0] }
        guard case let .binary(.in, .getAttribute(.variable(.context), attr), .literal(.entity(target))) = e else { return nil }
        return (attr, target)
    }

    mutating func addGuards(_ compiled: [CompiledPolicy]) {
        var inByAttribute: [String: ContextInGuard] = [:]
        for (i, p) in compiled.enumerated() {
            guard let (attr, target) = PolicyIndex.leadingContextIn(p.condition) else { continue }
            var g = inByAttribute[attr] ?? ContextInGuard(attribute: attr, all: [UInt64](repeating: 0, count: words), byTarget: [:])
            Dimension.set(&g.all, i)
            Dimension.set(&g.byTarget[target, default: [UInt64](repeating: 0, count: words)], i)
            inByAttribute[attr] = g
        }
        inGuards = inByAttribute.values.filter { $0.byTarget.count > 1 }.sorted { $0.attribute < $1.attribute }
        var byAttribute: [String: ContextGuard] = [:]
        for (i, p) in compiled.enumerated() {
            guard let (attr, value) = PolicyIndex.leadingContextEquality(p.condition) else { continue }
            var g = byAttribute[attr] ?? ContextGuard(attribute: attr, all: [UInt64](repeating: 0, count: words), byValue: [:])
            Dimension.set(&g.all, i)
            Dimension.set(&g.byValue[value, default: [UInt64](repeating: 0, count: words)], i)
            byAttribute[attr] = g
        }
        // Only worth it when a guard splits several policies.
        guards = byAttribute.values.filter { $0.byValue.count > 1 }.sorted { $0.attribute < $1.attribute }
    }

    /// Adds a constraint; returns whether the policy needs a full scope check.
    private static func add(_ c: ScopeConstraint, _ i: Int, to d: inout Dimension) -> Bool {
        switch c {
        case .any: Dimension.set(&d.unconstrained, i); return false
        case let .equal(uid): d.add(\.equal, uid, i); return false
        case let .in(uid): d.add(\.within, uid, i); return false
        case let .isIn(_, uid): d.add(\.within, uid, i); return true
        case let .is(type):
            let w = d.words
            Dimension.set(&d.byType[type, default: [UInt64](repeating: 0, count: w)], i)
            return false
        }
    }

    /// Writes the candidate policies for a request as bits into `result`, using `scratch` (both `words` long).
    @inline(__always)
    func candidates(_ ctx: EvaluationContext, into result: UnsafeMutableBufferPointer<UInt64>, scratch: UnsafeMutableBufferPointer<UInt64>) {
        principal.collect(ctx.principal, entity: ctx.principalEntity, into: result)
        action.collect(ctx.action, entity: ctx.actionEntity, into: scratch)
        for w in 0..<words { result[w] &= scratch[w] }
        resource.collect(ctx.resource, entity: ctx.resourceEntity, into: scratch)
        for w in 0..<words { result[w] &= scratch[w] }
        for g in inGuards {
            // Only an entity value makes `in` error-free; anything else must be evaluated (and will error).
            guard case let .entity(uid)? = ctx.contextRecord[g.attribute] else { continue }
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: words) { allowed in
                for w in 0..<words { allowed[w] = 0 }
                if let b = g.byTarget[uid] { Dimension.or(b, into: allowed) }
                if let entity = ctx.entity(uid) {
                    for a in entity.ancestors { if let b = g.byTarget[a] { Dimension.or(b, into: allowed) } }
                }
                for w in 0..<words { result[w] &= ~(g.all[w] & ~allowed[w]) }
            }
        }
        for g in guards {
            guard let v = ctx.contextRecord[g.attribute] else { continue }
            if let allowed = g.byValue[v] {
                for w in 0..<words { result[w] &= ~(g.all[w] & ~allowed[w]) }
            } else {
                for w in 0..<words { result[w] &= ~g.all[w] }
            }
        }
    }
}
