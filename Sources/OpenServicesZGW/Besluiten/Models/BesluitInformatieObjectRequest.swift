/// Attaches a document to a besluit.
///
/// ```swift
/// let bijlage = try await besluiten.createBesluitInformatieObject(
///     BesluitInformatieObjectRequest(informatieobject: document.url, besluit: besluit.url))
/// ```
public struct BesluitInformatieObjectRequest: Sendable, Hashable, Codable {
    /// The document in the Documenten API.
    public var informatieobject: ZGWResourceURL<EnkelvoudigInformatieObject>
    /// The besluit.
    public var besluit: ZGWResourceURL<Besluit>

    /// Creates the attachment.
    public init(informatieobject: ZGWResourceURL<EnkelvoudigInformatieObject>, besluit: ZGWResourceURL<Besluit>) {
        self.informatieobject = informatieobject
        self.besluit = besluit
    }
}
