/// How a document was signed (`ondertekening.soort`): `analoog`, `digitaal` or `pki`.
///
/// ```swift
/// let ondertekening = Ondertekening(soort: .digitaal, datum: "2026-03-02")
/// ```
public struct OndertekeningSoort: ZGWEnumeration {
    /// The official text, e.g. `digitaal`.
    public let rawValue: String

    /// Wraps the official text.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `analoog`: signed on paper.
    public static let analoog: Self = "analoog"
    /// `digitaal`: signed digitally.
    public static let digitaal: Self = "digitaal"
    /// `pki`: signed with a PKI certificate.
    public static let pki: Self = "pki"
}
