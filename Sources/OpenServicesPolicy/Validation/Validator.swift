/// Checks policies against a schema with Cedar's strict type checking.
///
/// Every policy is type-checked in every request environment the schema declares (action × principal type ×
/// resource type), with the `action` variable replaced by the environment's action. A policy validates when it
/// is boolean-typed in all environments and refers only to declared entity types, enum ids and actions.
public struct Validator: Sendable {
    /// The schema.
    public var schema: Schema

    /// Creates a validator.
    public init(schema: Schema) { self.schema = schema }

    /// The problems found in `policies`; empty when they validate.
    public func validate(_ policies: PolicySet) -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        let env = TypeEnvironment(schema: schema)
        for policy in policies.policies {
            if let message = validate(policy, env) {
                problems.append(ValidationProblem(policyID: policy.id, message: message, location: policy.location, file: policy.file))
            }
        }
        return problems
    }

    func validate(_ policy: Policy, _ env: TypeEnvironment) -> String? {
        let expr = TypeEnvironment.policyExpression(policy)
        if let unknown = env.checkEntities(expr) { return unknown }
        var allFalse = true
        for request in env.requestTypes {
            var checker = TypeChecker(env: env, request: request)
            do {
                let (type, _) = try checker.typeOf(expr, [])
                guard case let .bool(kind) = type else { return "policy condition has type \(type), expected Bool" }
                if kind != .ff { allFalse = false }
            } catch {
                return "\(error.message) (for action \(request.action), principal \(request.principal), resource \(request.resource))"
            }
        }
        _ = allFalse  // an always-false policy is only a warning in Cedar
        if !env.requestTypes.contains(where: { TypeEnvironment.scopeApplies(policy, $0, env) }) {
            return "unable to find an applicable action given the policy scope constraints"
        }
        return nil
    }
}

/// One validation problem, with the policy and position.
public struct ValidationProblem: Sendable, Hashable, CustomStringConvertible {
    /// The policy id.
    public var policyID: String
    /// What is wrong.
    public var message: String
    /// Where, when known.
    public var location: SourceLocation?
    /// The file, when known.
    public var file: String?

    /// Creates a problem.
    public init(policyID: String, message: String, location: SourceLocation? = nil, file: String? = nil) {
        self.policyID = policyID
        self.message = message
        self.location = location
        self.file = file
    }

    /// `file:line:column: policyN: message`.
    public var description: String {
        var prefix = ""
        if let file { prefix += file + ":" }
        if let location { prefix += "\(location.line):\(location.column): " } else if !prefix.isEmpty { prefix += " " }
        return prefix + "\(policyID): " + message
    }
}
