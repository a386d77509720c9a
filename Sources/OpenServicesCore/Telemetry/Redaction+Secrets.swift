import Synchronization

extension Redaction {
    /// The secret values OpenServices has been given (API keys, client secrets, tokens), so that
    /// text a service echoes back — an error message quoting the key it refused — is scrubbed too.
    ///
    /// Only the most recent ``knownSecretsLimit`` values are kept; values shorter than six
    /// characters are not registered, as masking them would garble ordinary text.
    static let knownSecrets = Mutex<[String]>([])

    /// How many secret values are remembered for scrubbing.
    static let knownSecretsLimit = 256

    /// Remembers `value` so that ``redactText(_:)`` masks it wherever it appears.
    static func registerSecret(_ value: String) {
        guard value.utf8.count >= 6 else { return }
        knownSecrets.withLock { secrets in
            guard !secrets.contains(value) else { return }
            if secrets.count >= knownSecretsLimit { secrets.removeFirst() }
            secrets.append(value)
        }
    }

    /// `text` with every registered secret replaced by `<secret>`.
    static func maskKnownSecrets(_ text: String) -> String {
        let secrets = knownSecrets.withLock { $0 }
        var text = text
        for secret in secrets where text.contains(secret) {
            text = text.replacingOccurrences(of: secret, with: "<secret>")
        }
        return text
    }
}
