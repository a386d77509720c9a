/// Whether a case is kept for ever or destroyed after its retention period (`archiefnominatie`).
public struct Archiefnominatie: ZGWEnumeration {
    /// The official text.
    public let rawValue: String

    /// Wraps the official text.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `blijvend_bewaren`: kept permanently.
    public static let blijvendBewaren: Self = "blijvend_bewaren"
    /// `vernietigen`: destroyed after the retention period.
    public static let vernietigen: Self = "vernietigen"
}
