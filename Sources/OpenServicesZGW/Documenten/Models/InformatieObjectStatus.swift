/// The life-cycle status of a document (`status`): `in_bewerking`, `ter_vaststelling`, `definitief`,
/// `gearchiveerd`. A document in status `definitief` can no longer be changed without a new version.
///
/// ```swift
/// if document.status == .definitief { … }
/// ```
public struct InformatieObjectStatus: ZGWEnumeration {
    /// The official text, e.g. `definitief`.
    public let rawValue: String

    /// Wraps the official text.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `in_bewerking`: being worked on.
    public static let inBewerking: Self = "in_bewerking"
    /// `ter_vaststelling`: up for approval.
    public static let terVaststelling: Self = "ter_vaststelling"
    /// `definitief`: final.
    public static let definitief: Self = "definitief"
    /// `gearchiveerd`: archived.
    public static let gearchiveerd: Self = "gearchiveerd"
}
