/// Options for ``Authorizer/authorize(_:entities:options:)``.
public struct AuthorizeOptions: Sendable {
    /// Whether to build an ``Explanation`` (costs extra evaluation on deny).
    public var explain: Bool
    /// Whether a request must state a purpose when the bundle defines purposes.
    public var requirePurpose: Bool

    /// Creates options.
    public init(explain: Bool = false, requirePurpose: Bool = true) {
        self.explain = explain
        self.requirePurpose = requirePurpose
    }
}
