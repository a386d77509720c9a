/// A resource before and after a change, as an audit trail keeps it.
public struct Wijzigingen: Sendable, Hashable, Codable {
    /// Before the change; `nil` for a create.
    public var oud: ZGWJSONValue?
    /// After the change; `nil` for a delete.
    public var nieuw: ZGWJSONValue?
}
