/// Options for ``Authorizer/authorize(_:entities:options:)``.
public struct AuthorizeOptions: Sendable {
    /// Whether to build an ``Explanation`` (costs extra evaluation on deny).
    public var explain: Bool
    /// Whether a request must state a purpose when the bundle defines purposes.
    public var requirePurpose: Bool
    /// Whether to validate the request against the bundle's schema (when it has one); invalid requests are denied.
    public var validateRequest: Bool

    /// Creates options.
    public init(explain: Bool = false, requirePurpose: Bool = true, validateRequest: Bool = true) {
        self.explain = explain
        self.requirePurpose = requirePurpose
        self.validateRequest = validateRequest
    }
}
