/// Why a besluit lapses (`vervalreden`): `tijdelijk`, `ingetrokken_overheid` or
/// `ingetrokken_belanghebbende`.
///
/// ```swift
/// patch.vervalreden = .ingetrokkenOverheid
/// ```
public struct BesluitVervalreden: ZGWEnumeration {
    /// The official text, e.g. `tijdelijk`.
    public let rawValue: String

    /// Wraps the official text.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `tijdelijk`: a temporary decision that lapses on its own.
    public static let tijdelijk: Self = "tijdelijk"
    /// `ingetrokken_overheid`: withdrawn by the government body.
    public static let ingetrokkenOverheid: Self = "ingetrokken_overheid"
    /// `ingetrokken_belanghebbende`: withdrawn at the request of the interested party.
    public static let ingetrokkenBelanghebbende: Self = "ingetrokken_belanghebbende"
}
