/// Whether the costs of a zaak have been paid (`betalingsindicatie`).
public struct Betalingsindicatie: ZGWEnumeration {
    /// The official text.
    public let rawValue: String

    /// Wraps the official text.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `nvt`: there are no costs.
    public static let nvt: Self = "nvt"
    /// `nog_niet`: not paid yet.
    public static let nogNiet: Self = "nog_niet"
    /// `gedeeltelijk`: partly paid.
    public static let gedeeltelijk: Self = "gedeeltelijk"
    /// `geheel`: fully paid.
    public static let geheel: Self = "geheel"
}
