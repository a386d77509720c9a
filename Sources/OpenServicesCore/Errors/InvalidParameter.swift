/// One parameter a service (or OpenServices itself) rejected, with the rule it broke.
///
/// Built from the `invalidParams` / `invalid-params` members of problem+json bodies.
public struct InvalidParameter: Sendable, Hashable, CustomStringConvertible {
    /// The parameter's name or path, e.g. `burgerservicenummer[0]` or `fields`.
    public var name: String
    /// The service's code for the broken rule, e.g. `pattern` or `required`.
    public var code: String?
    /// The explanation the service gave.
    public var reason: String?

    /// Creates an invalid parameter.
    public init(name: String, code: String? = nil, reason: String? = nil) {
        self.name = name
        self.code = code
        self.reason = reason
    }

    /// `name (code): reason`, with nine-digit numbers (BSNs) masked.
    public var description: String {
        var text = name
        if let code { text += " (\(code))" }
        if let reason { text += ": \(reason)" }
        return Redaction.redactText(text)
    }
}
