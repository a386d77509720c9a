/// A token obtained from a token endpoint, with its lifetime on the pipeline clock.
public struct AccessToken: Sendable, Hashable, CustomStringConvertible {
    /// The token value.
    public let value: Secret
    /// When the token expires (on the cache's ``PipelineClock``).
    public let expiresAt: Duration

    /// Creates a token.
    public init(value: Secret, expiresAt: Duration) {
        self.value = value
        self.expiresAt = expiresAt
    }

    /// `AccessToken(expires at 3600 s)`: never the value.
    public var description: String { "AccessToken(expires at \(expiresAt))" }
}
