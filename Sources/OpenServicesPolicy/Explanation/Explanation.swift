/// Why a decision came out the way it did, in terms of policies and their annotations.
public struct Explanation: Sendable {
    /// A policy as shown in an explanation.
    public struct PolicySummary: Sendable, Hashable {
        /// The policy id (`policy3`).
        public var id: String
        /// The `@id` annotation, shown beside the id.
        public var annotatedID: String?
        /// The `@description` annotation.
        public var description: String?
        /// The `@legalBasis` annotation.
        public var legalBasis: String?
        /// Permit or forbid.
        public var effect: Effect
        /// Where the policy is written.
        public var location: SourceLocation?

        /// Creates a summary of `policy`.
        public init(_ policy: Policy) {
            id = policy.id
            annotatedID = policy.annotation("id")
            description = policy.annotation("description")
            legalBasis = policy.annotation("legalBasis")
            effect = policy.effect
            location = policy.location
        }

        /// `policy3 (@id "brp-raadplegen")`.
        public var label: String {
            if let annotatedID { return "\(id) (@id \"\(annotatedID)\")" }
            return id
        }
    }

    /// A policy that could have applied but did not, with the first condition that failed.
    public struct NotApplied: Sendable, Hashable {
        /// The policy.
        public var policy: PolicySummary
        /// The first failing part: a scope constraint (`principal in Role::"x"`) or a clause (`when { ... }`).
        public var failedCondition: String
        /// Whether the failure was an evaluation error rather than a false condition.
        public var isError: Bool
    }

    /// The policies that determined the decision.
    public var determining: [PolicySummary]
    /// On deny: the policies for this action that did not apply, and why.
    public var notApplied: [NotApplied]
    /// Policies skipped because of an evaluation error.
    public var errors: [PolicyError]
    /// The reason for a deny.
    public var denialReason: DenialReason?

    /// Creates an explanation.
    public init(determining: [PolicySummary], notApplied: [NotApplied], errors: [PolicyError], denialReason: DenialReason?) {
        self.determining = determining
        self.notApplied = notApplied
        self.errors = errors
        self.denialReason = denialReason
    }

    /// A multi-line, human-readable explanation in `language`.
    public func render(_ language: Language = .english) -> String {
        let nl = language == .dutch
        var lines: [String] = []
        if let denialReason {
            lines.append((nl ? "Reden: " : "Reason: ") + denialReason.message(language))
        }
        if !determining.isEmpty {
            lines.append(nl ? "Bepalende regels:" : "Determining policies:")
            for p in determining {
                var line = "  - \(p.label) [\(p.effect.rawValue)]"
                if let d = p.description { line += ": \(d)" }
                if let b = p.legalBasis { line += nl ? " (grondslag: \(b))" : " (legal basis: \(b))" }
                lines.append(line)
            }
        }
        if !notApplied.isEmpty {
            lines.append(nl ? "Regels die niet van toepassing waren:" : "Policies that did not apply:")
            for n in notApplied {
                let verb = n.isError ? (nl ? "fout bij" : "error in") : (nl ? "niet voldaan" : "not satisfied")
                lines.append("  - \(n.policy.label): \(verb): \(n.failedCondition)")
            }
        }
        if !errors.isEmpty {
            lines.append(nl ? "Overgeslagen wegens fouten:" : "Skipped because of errors:")
            for e in errors { lines.append("  - \(e.policyID): \(e.error.message)") }
        }
        return lines.joined(separator: "\n")
    }
}
