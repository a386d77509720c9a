import Foundation

/// A thread-safe authorizer over a ``PolicyBundle`` that can be swapped atomically at run time (hot reload).
///
/// Decisions take a snapshot of the current bundle under a short lock and evaluate outside it, so a reload
/// never blocks or disturbs decisions in flight.
public final class Authorizer: @unchecked Sendable {
    private let lock = NSLock()
    private var current: PolicyBundle

    /// Creates an authorizer for `bundle`.
    public init(bundle: PolicyBundle) { current = bundle }

    /// The bundle decisions are currently made with.
    public var bundle: PolicyBundle {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    /// Replaces the bundle atomically; decisions already running finish with the old one.
    public func reload(_ bundle: PolicyBundle) {
        lock.lock()
        current = bundle
        lock.unlock()
    }

    /// Loads a bundle folder or policy file and swaps it in; the current bundle stays when loading fails.
    /// - Throws: ``PolicyBundleError`` with every problem.
    @discardableResult
    public func reload(path: String, schemaPath: String? = nil) throws(PolicyBundleError) -> PolicyBundle {
        let bundle = try PolicyBundle.load(path: path, schemaPath: schemaPath)
        reload(bundle)
        return bundle
    }

    /// Decides `request`: purpose check, Cedar evaluation, field obligations and (optionally) an explanation.
    /// - Parameter entities: per-request entities, added to the bundle's entities; `nil` uses the bundle's only.
    public func authorize(_ request: AuthorizationRequest, entities: Entities? = nil, options: AuthorizeOptions = AuthorizeOptions()) -> Decision {
        bundle.authorize(request, entities: entities, options: options)
    }

    /// Decides `request` and builds its audit record from the same bundle snapshot (so the record's
    /// version hash is the one the decision was made with, even during a reload).
    public func authorizeAndRecord(_ request: AuthorizationRequest, entities: Entities? = nil,
                                   options: AuthorizeOptions = AuthorizeOptions()) -> (decision: Decision, record: DecisionRecord) {
        let snapshot = bundle
        let decision = snapshot.authorize(request, entities: entities, options: options)
        return (decision, DecisionRecord(decision: decision, request: request, bundle: snapshot))
    }
}

extension PolicyBundle {
    /// Decides `request` against this bundle (see ``Authorizer/authorize(_:entities:options:)``).
    public func authorize(_ request: AuthorizationRequest, entities extra: Entities? = nil, options: AuthorizeOptions = AuthorizeOptions()) -> Decision {
        var context = request.context
        if let purpose = request.purpose {
            guard purposes[purpose] != nil else {
                return denied(.unknownPurpose(purpose), options: options)
            }
            context["purpose"] = .entity(EntityUID(type: Purpose.entityType, id: purpose))
        } else if options.requirePurpose, !purposes.isEmpty {
            return denied(.missingPurpose, options: options)
        }
        if options.validateRequest, let schema,
           let problem = schema.validateRequest(principal: request.principal, action: request.action, resource: request.resource, context: context) {
            return denied(.invalidRequest(problem), options: options)
        }
        let store: Entities
        if let extra, extra.count > 0 { store = entities.adding(extra.byUID.values) } else { store = entities }
        let ctx = EvaluationContext(principal: request.principal, action: request.action, resource: request.resource,
                                    context: .record(context), entities: store)
        var decision = policies.decide(ctx)
        let decided = decision
        if decision.isAllowed, let requested = request.requestedFields {
            let granted = decision.authorizedFields ?? .none
            let unauthorized = requested.filter { !granted.authorizes($0) }
            if !unauthorized.isEmpty {
                switch request.fieldMode {
                case .strict:
                    decision.decision = .deny
                    decision.reasons = []
                    decision.denialReason = .unauthorizedField(unauthorized)
                    decision.authorizedFields = nil
                case .minimise:
                    decision.droppedFields = unauthorized
                    decision.authorizedFields = FieldSet(requested.filter { granted.authorizes($0) })
                }
            } else if request.fieldMode == .minimise {
                decision.authorizedFields = FieldSet(requested)
            }
        }
        if options.explain {
            var explanation = ExplanationBuilder(policies: policies).explain(decided, ctx)
            explanation.denialReason = decision.denialReason
            decision.explanation = explanation
        }
        return decision
    }

    private func denied(_ reason: DenialReason, options: AuthorizeOptions) -> Decision {
        var d = Decision(decision: .deny, reasons: [], errors: [], denialReason: reason)
        if options.explain { d.explanation = Explanation(determining: [], notApplied: [], errors: [], denialReason: reason) }
        return d
    }
}
