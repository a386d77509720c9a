/// Checks policies against a schema (type checking).
public struct Validator: Sendable {
    /// The schema.
    public var schema: Schema

    /// Creates a validator.
    public init(schema: Schema) { self.schema = schema }

    /// The problems found in `policies`; empty when they validate.
    public func validate(_ policies: PolicySet) -> [ValidationProblem] {
        []
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
