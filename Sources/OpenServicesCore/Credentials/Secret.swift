/// A secret value (client secret, API key, token, passphrase) that never prints.
///
/// Its ``description`` and ``debugDescription`` are `<secret>`, so a secret in a configuration,
/// provider or error never ends up in a log line by accident. Read it with ``reveal()`` only where
/// it is sent. Secrets are also scrubbed from any text OpenServices logs or describes (see
/// ``Redaction/redactText(_:)``).
public struct Secret: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, ExpressibleByStringLiteral {
    private let value: String

    /// Wraps a secret value. The value is also remembered by ``Redaction``, so that text a service
    /// echoes back (an error quoting the key it refused) is scrubbed of it as well.
    public init(_ value: String) {
        self.value = value
        Redaction.registerSecret(value)
    }

    /// Wraps a secret literal (for tests and examples; production secrets come from configuration).
    public init(stringLiteral value: String) { self.init(value) }

    /// The secret itself.
    public func reveal() -> String { value }

    /// Whether the secret is empty.
    public var isEmpty: Bool { value.isEmpty }

    /// Always `<secret>`.
    public var description: String { "<secret>" }

    /// Always `<secret>`.
    public var debugDescription: String { "<secret>" }
}
