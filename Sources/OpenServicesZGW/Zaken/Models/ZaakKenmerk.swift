/// Another identification a zaak is known by, and the system that uses it.
public struct ZaakKenmerk: Sendable, Hashable, Codable {
    /// The identification.
    public var kenmerk: String
    /// The system or organisation that uses it.
    public var bron: String

    /// Creates a kenmerk.
    public init(kenmerk: String, bron: String) {
        self.kenmerk = kenmerk
        self.bron = bron
    }
}
