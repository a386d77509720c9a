/// The kind of object a document is linked to (`objectType`): `zaak`, `besluit` or `verzoek`.
///
/// ```swift
/// let links = try await documenten.objectInformatieObjecten(informatieobject: document.url)
/// let zaken = links.filter { $0.objectType == .zaak }
/// ```
public struct ObjectInformatieObjectType: ZGWEnumeration {
    /// The official text, e.g. `zaak`.
    public let rawValue: String

    /// Wraps the official text.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `zaak`: a case in the Zaken API.
    public static let zaak: Self = "zaak"
    /// `besluit`: a decision in the Besluiten API.
    public static let besluit: Self = "besluit"
    /// `verzoek`: a request in the Verzoeken API.
    public static let verzoek: Self = "verzoek"
}
