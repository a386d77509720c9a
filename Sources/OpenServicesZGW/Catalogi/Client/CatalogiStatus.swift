/// Which versions of a type a Catalogi list returns (the `status` filter).
public enum CatalogiStatus: String, Sendable, Hashable, CaseIterable {
    /// `alles`: drafts and published types.
    case alles
    /// `concept`: only drafts.
    case concept
    /// `definitief`: only published types (what the API returns when no status is given).
    case definitief
}
