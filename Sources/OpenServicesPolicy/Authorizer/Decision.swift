/// The answer to an ``AuthorizationRequest``.
public struct Decision: Sendable {
    /// Allow or deny.
    public enum Outcome: String, Sendable, Hashable {
        /// Allowed.
        case allow
        /// Denied.
        case deny
    }

    /// Allow or deny.
    public var decision: Outcome
    /// The determining policies: the satisfied forbids on a forbid-deny, the satisfied permits on an allow, empty on a default deny.
    public var reasons: [String]
    /// The policies whose evaluation failed (they were skipped), with the error.
    public var errors: [PolicyError]
    /// Why the request was denied, when it was.
    public var denialReason: DenialReason?
    /// On allow: the authorised fields (union of the satisfied permits' `@fields`, narrowed to the request in minimise mode).
    public var authorizedFields: FieldSet?
    /// In minimise mode: the requested fields that were dropped.
    public var droppedFields: [String]
    /// The explanation, when requested.
    public var explanation: Explanation?

    /// Creates a decision.
    public init(decision: Outcome, reasons: [String], errors: [PolicyError], denialReason: DenialReason? = nil,
                authorizedFields: FieldSet? = nil, droppedFields: [String] = [], explanation: Explanation? = nil) {
        self.decision = decision
        self.reasons = reasons
        self.errors = errors
        self.denialReason = denialReason
        self.authorizedFields = authorizedFields
        self.droppedFields = droppedFields
        self.explanation = explanation
    }

    /// Whether the decision is allow.
    public var isAllowed: Bool { decision == .allow }
}

/// A policy that was skipped because its evaluation failed.
public struct PolicyError: Sendable, Hashable {
    /// The policy id.
    public var policyID: String
    /// What went wrong.
    public var error: EvaluationError

    /// Creates a policy error.
    public init(policyID: String, error: EvaluationError) {
        self.policyID = policyID
        self.error = error
    }
}

/// Why a request was denied.
public enum DenialReason: Sendable, Hashable {
    /// No permit policy was satisfied (Cedar's default deny).
    case noApplicablePermit
    /// A forbid policy was satisfied.
    case forbidden
    /// The request carried no purpose.
    case missingPurpose
    /// The request's purpose is not known.
    case unknownPurpose(String)
    /// Requested fields are not authorised (strict mode).
    case unauthorizedField([String])
    /// The request is invalid (e.g. it does not conform to the schema).
    case invalidRequest(String)

    /// A stable code, e.g. `unauthorizedField`.
    public var code: String {
        switch self {
        case .noApplicablePermit: return "noApplicablePermit"
        case .forbidden: return "forbidden"
        case .missingPurpose: return "missingPurpose"
        case .unknownPurpose: return "unknownPurpose"
        case .unauthorizedField: return "unauthorizedField"
        case .invalidRequest: return "invalidRequest"
        }
    }

    /// An explanation in the given language.
    public func message(_ language: Language = .english) -> String {
        let nl = language == .dutch
        switch self {
        case .noApplicablePermit:
            return nl ? "geen enkele permit-regel is van toepassing (standaard weigeren)" : "no permit policy applies (default deny)"
        case .forbidden:
            return nl ? "een forbid-regel is van toepassing" : "a forbid policy applies"
        case .missingPurpose:
            return nl ? "het verzoek heeft geen doel (doelbinding ontbreekt)" : "the request states no purpose"
        case let .unknownPurpose(p):
            return nl ? "het doel \"\(p)\" is onbekend" : "the purpose \"\(p)\" is unknown"
        case let .unauthorizedField(fields):
            return (nl ? "niet geautoriseerde velden: " : "unauthorized fields: ") + fields.joined(separator: ", ")
        case let .invalidRequest(m):
            return (nl ? "ongeldig verzoek: " : "invalid request: ") + m
        }
    }
}

/// The language of explanation messages.
public enum Language: String, Sendable, Hashable {
    /// Nederlands.
    case dutch = "nl"
    /// English.
    case english = "en"
}
