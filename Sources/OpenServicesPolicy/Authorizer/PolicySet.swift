/// An immutable, indexed set of Cedar policies.
public struct PolicySet: Sendable {
    /// The policies in order.
    public let policies: [Policy]
    let compiled: [CompiledPolicy]
    let index: PolicyIndex
    private let positions: [String: Int]

    /// Creates a set from parsed policies (ids must be unique).
    public init(_ policies: [Policy]) {
        self.policies = policies
        let compiled = policies.map(CompiledPolicy.init)
        self.compiled = compiled
        var index = PolicyIndex(policies)
        index.addGuards(compiled)
        self.index = index
        var positions: [String: Int] = [:]
        for (i, p) in policies.enumerated() where positions[p.id] == nil { positions[p.id] = i }
        self.positions = positions
    }

    /// Parses Cedar policy text; ids are `policy0`, `policy1`, … in text order.
    public init(text: String, file: String? = nil) throws(PolicyParseError) {
        self.init(try Parser.parsePolicies(text, file: file))
    }

    /// The policy with `id`.
    public subscript(id: String) -> Policy? {
        positions[id].map { policies[$0] }
    }

    /// The number of policies.
    public var count: Int { policies.count }

    /// The satisfied permits, satisfied forbids and failed policies for an evaluation context (policy indices).
    func evaluate(_ ctx: EvaluationContext) -> (permits: [Int], forbids: [Int], errors: [(Int, EvaluationError)]) {
        var permits: [Int] = []
        var forbids: [Int] = []
        var errors: [(Int, EvaluationError)] = []
        let words = index.words
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: words * 2) { buffer in
            let result = UnsafeMutableBufferPointer(rebasing: buffer[0..<words])
            let scratch = UnsafeMutableBufferPointer(rebasing: buffer[words..<(2 * words)])
            index.candidates(ctx, into: result, scratch: scratch)
            for w in 0..<words {
                var bits = result[w]
                while bits != 0 {
                    let i = w << 6 | bits.trailingZeroBitCount
                    bits &= bits - 1
                    let p = compiled[i]
                    do throws(EvaluationError) {
                        if try p.isSatisfied(ctx, checkScope: index.needsScopeCheck[i]) {
                            if p.isPermit { permits.append(i) } else { forbids.append(i) }
                        }
                    } catch {
                        errors.append((i, error))
                    }
                }
            }
        }
        return (permits, forbids, errors)
    }

    /// Cedar's authorization: default deny, forbid overrides permit, failing policies are skipped and reported.
    public func isAuthorized(principal: EntityUID, action: EntityUID, resource: EntityUID, context: Value = .record([:]),
                             entities: Entities) -> Decision {
        let ctx = EvaluationContext(principal: principal, action: action, resource: resource, context: context, entities: entities)
        return decide(ctx)
    }

    /// Cedar's authorization for a request (the purpose and fields of the request are not interpreted here; see ``Authorizer``).
    public func isAuthorized(_ request: AuthorizationRequest, entities: Entities) -> Decision {
        isAuthorized(principal: request.principal, action: request.action, resource: request.resource,
                     context: .record(request.context), entities: entities)
    }

    func decide(_ ctx: EvaluationContext) -> Decision {
        let (permits, forbids, failures) = evaluate(ctx)
        let errors = failures.map { PolicyError(policyID: compiled[$0.0].id, error: $0.1) }
        if !forbids.isEmpty {
            return Decision(decision: .deny, reasons: forbids.map { compiled[$0].id }, errors: errors, denialReason: .forbidden)
        }
        if !permits.isEmpty {
            var fields = FieldSet.none
            for i in permits { fields.formUnion(compiled[i].fields) }
            return Decision(decision: .allow, reasons: permits.map { compiled[$0].id }, errors: errors, authorizedFields: fields)
        }
        return Decision(decision: .deny, reasons: [], errors: errors, denialReason: .noApplicablePermit)
    }
}
