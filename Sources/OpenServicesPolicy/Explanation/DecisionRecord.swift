import Foundation

/// A structured record of one decision, for the audit log (Logboek Dataverwerkingen).
public struct DecisionRecord: Sendable {
    /// A unique id for the decision.
    public var decisionID: String
    /// When the decision was made (ISO 8601, UTC).
    public var time: String
    /// The principal.
    public var principal: EntityUID
    /// The action.
    public var action: EntityUID
    /// The resource.
    public var resource: EntityUID
    /// The stated purpose.
    public var purpose: String?
    /// The purpose's legal basis.
    public var legalBasis: String?
    /// The purpose's processing activity URI.
    public var processingActivity: String?
    /// `allow` or `deny`.
    public var decision: Decision.Outcome
    /// The determining policy ids.
    public var reasons: [String]
    /// The code of the denial reason, if denied.
    public var denialReason: String?
    /// The ids and messages of the policies that failed.
    public var errors: [PolicyError]
    /// The authorised fields on allow.
    public var authorizedFields: String?
    /// The version hash of the policy bundle.
    public var policyVersion: String

    /// Creates a record for `decision` on `request` made with `bundle`.
    /// - Parameter unixMilliseconds: the decision time; `nil` means now.
    public init(decision: Decision, request: AuthorizationRequest, bundle: PolicyBundle, unixMilliseconds: Int64? = nil, decisionID: String? = nil) {
        self.decisionID = decisionID ?? DecisionRecord.randomID()
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let date = unixMilliseconds.map { Date(timeIntervalSince1970: Double($0) / 1000) } ?? Date()
        self.time = formatter.string(from: date)
        principal = request.principal
        action = request.action
        resource = request.resource
        purpose = request.purpose
        let p = request.purpose.flatMap { bundle.purposes[$0] }
        legalBasis = p?.legalBasis
        processingActivity = p?.processingActivity
        self.decision = decision.decision
        reasons = decision.reasons
        denialReason = decision.denialReason?.code
        errors = decision.errors
        authorizedFields = decision.isAllowed ? decision.authorizedFields?.description : nil
        policyVersion = bundle.versionHash
    }

    static func randomID() -> String {
        var g = SystemRandomNumberGenerator()
        let a = g.next() as UInt64, b = g.next() as UInt64
        let hex = String(a, radix: 16) + String(b, radix: 16)
        return String(repeating: "0", count: max(0, 32 - hex.count)) + hex
    }

    /// The record as a JSON object.
    public var json: JSONValue {
        func uid(_ u: EntityUID) -> JSONValue { .object([("type", .string(u.type)), ("id", .string(u.id))]) }
        func opt(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
        return .object([
            ("decisionId", .string(decisionID)),
            ("time", .string(time)),
            ("principal", uid(principal)),
            ("action", uid(action)),
            ("resource", uid(resource)),
            ("purpose", opt(purpose)),
            ("legalBasis", opt(legalBasis)),
            ("processingActivity", opt(processingActivity)),
            ("decision", .string(decision.rawValue)),
            ("reasons", .array(reasons.map(JSONValue.string))),
            ("denialReason", opt(denialReason)),
            ("errors", .array(errors.map { .object([("policyId", .string($0.policyID)), ("message", .string($0.error.message))]) })),
            ("authorizedFields", opt(authorizedFields)),
            ("policyVersion", .string(policyVersion)),
        ])
    }
}
