/// The suspension of a zaak.
public struct Opschorting: Sendable, Hashable, Codable {
    /// Whether the zaak is suspended.
    public var indicatie: Bool
    /// Why.
    public var reden: String

    /// Creates a suspension.
    public init(indicatie: Bool, reden: String) {
        self.indicatie = indicatie
        self.reden = reden
    }
}
