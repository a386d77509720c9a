/// The extension of a zaak's term.
public struct Verlenging: Sendable, Hashable, Codable {
    /// Why it was extended.
    public var reden: String
    /// By how long, ISO 8601 (`P2W`).
    public var duur: String

    /// Creates an extension.
    public init(reden: String, duur: String) {
        self.reden = reden
        self.duur = duur
    }
}
