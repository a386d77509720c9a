/// The generic role (`omschrijvingGeneriek`) of a roltype and of the rollen of that type.
public struct RolOmschrijvingGeneriek: ZGWEnumeration {
    /// The official text, e.g. `initiator`.
    public let rawValue: String

    /// Wraps the official text.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `adviseur`.
    public static let adviseur: Self = "adviseur"
    /// `behandelaar`.
    public static let behandelaar: Self = "behandelaar"
    /// `belanghebbende`.
    public static let belanghebbende: Self = "belanghebbende"
    /// `beslisser`.
    public static let beslisser: Self = "beslisser"
    /// `initiator`.
    public static let initiator: Self = "initiator"
    /// `klantcontacter`.
    public static let klantcontacter: Self = "klantcontacter"
    /// `zaakcoordinator`.
    public static let zaakcoordinator: Self = "zaakcoordinator"
    /// `mede_initiator`.
    public static let medeInitiator: Self = "mede_initiator"
}
