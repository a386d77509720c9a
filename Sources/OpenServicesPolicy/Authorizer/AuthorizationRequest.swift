/// One authorization question: may `principal` perform `action` on `resource`, in `context`, for `purpose`?
public struct AuthorizationRequest: Sendable {
    /// Who asks.
    public var principal: EntityUID
    /// What they want to do.
    public var action: EntityUID
    /// What they want to do it on.
    public var resource: EntityUID
    /// The context record (`context.*` in policies).
    public var context: [String: Value]
    /// The purpose (doelbinding) id, e.g. `zorgtoeslag`; required by ``Authorizer`` when it has purposes.
    public var purpose: String?
    /// The fields the caller wants to receive; `nil` when not asking for fields.
    public var requestedFields: [String]?
    /// How unauthorised requested fields are handled.
    public var fieldMode: FieldMode

    /// Creates a request.
    public init(principal: EntityUID, action: EntityUID, resource: EntityUID, context: [String: Value] = [:],
                purpose: String? = nil, requestedFields: [String]? = nil, fieldMode: FieldMode = .strict) {
        self.principal = principal
        self.action = action
        self.resource = resource
        self.context = context
        self.purpose = purpose
        self.requestedFields = requestedFields
        self.fieldMode = fieldMode
    }
}
