/// How confidential a zaak, document or type is (`vertrouwelijkheidaanduiding`), from public to
/// top secret.
public struct Vertrouwelijkheidaanduiding: ZGWEnumeration {
    /// The official text, e.g. `zaakvertrouwelijk`.
    public let rawValue: String

    /// Wraps the official text.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `openbaar`.
    public static let openbaar: Self = "openbaar"
    /// `beperkt_openbaar`.
    public static let beperktOpenbaar: Self = "beperkt_openbaar"
    /// `intern`.
    public static let intern: Self = "intern"
    /// `zaakvertrouwelijk`.
    public static let zaakvertrouwelijk: Self = "zaakvertrouwelijk"
    /// `vertrouwelijk`.
    public static let vertrouwelijk: Self = "vertrouwelijk"
    /// `confidentieel`.
    public static let confidentieel: Self = "confidentieel"
    /// `geheim`.
    public static let geheim: Self = "geheim"
    /// `zeer_geheim`.
    public static let zeerGeheim: Self = "zeer_geheim"
}
