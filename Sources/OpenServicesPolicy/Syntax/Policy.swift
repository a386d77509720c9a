/// Whether a policy permits or forbids.
public enum Effect: String, Sendable, Hashable {
    /// `permit`
    case permit
    /// `forbid`
    case forbid
}

/// A principal or resource scope constraint.
public enum ScopeConstraint: Sendable, Hashable {
    /// No constraint.
    case any
    /// `== Entity`
    case equal(EntityUID)
    /// `in Entity`
    case `in`(EntityUID)
    /// `is Type`
    case `is`(String)
    /// `is Type in Entity`
    case isIn(String, EntityUID)
}

/// An action scope constraint.
public enum ActionConstraint: Sendable, Hashable {
    /// No constraint.
    case any
    /// `== Action::"x"`
    case equal(EntityUID)
    /// `in Action::"g"`
    case `in`(EntityUID)
    /// `in [Action::"a", ...]`
    case inSet([EntityUID])
}

/// A `when` or `unless` clause.
public struct Condition: Sendable {
    /// `true` for `when`, `false` for `unless`.
    public var isWhen: Bool
    /// The compiled expression.
    public var expression: Expr
    /// The clause's source text (the expression between the braces).
    public var sourceText: String
    /// Where the clause starts.
    public var location: SourceLocation?

    /// Creates a condition.
    public init(isWhen: Bool, expression: Expr, sourceText: String, location: SourceLocation?) {
        self.isWhen = isWhen
        self.expression = expression
        self.sourceText = sourceText
        self.location = location
    }
}

/// One static Cedar policy.
public struct Policy: Sendable {
    /// The policy id (`policy0`, `policy1`, … in text order, unless given otherwise).
    public var id: String
    /// Permit or forbid.
    public var effect: Effect
    /// Annotations in source order (`@id("x")` → ("id", "x")).
    public var annotations: [(key: String, value: String)]
    /// The principal constraint.
    public var principal: ScopeConstraint
    /// The action constraint.
    public var action: ActionConstraint
    /// The resource constraint.
    public var resource: ScopeConstraint
    /// The `when`/`unless` clauses in order.
    public var conditions: [Condition]
    /// Where the policy starts in its source.
    public var location: SourceLocation?
    /// The file it came from, when known.
    public var file: String?

    /// Creates a policy.
    public init(id: String, effect: Effect, annotations: [(key: String, value: String)] = [], principal: ScopeConstraint = .any,
                action: ActionConstraint = .any, resource: ScopeConstraint = .any, conditions: [Condition] = [],
                location: SourceLocation? = nil, file: String? = nil) {
        self.id = id
        self.effect = effect
        self.annotations = annotations
        self.principal = principal
        self.action = action
        self.resource = resource
        self.conditions = conditions
        self.location = location
        self.file = file
    }

    /// The value of the first annotation named `key`.
    public func annotation(_ key: String) -> String? {
        annotations.first { $0.key == key }?.value
    }
}
