/// A document attached to a besluit (`BesluitInformatieObject`). Attaching it also records the link in
/// the Documenten API (an `ObjectInformatieObject` of type `besluit`).
///
/// ```swift
/// let bijlagen = try await besluiten.besluitInformatieObjecten(besluit: besluit.url)
/// ```
public struct BesluitInformatieObject: Sendable, Hashable, Codable {
    /// The attachment's own URL.
    public var url: ZGWResourceURL<BesluitInformatieObject>
    /// The document in the Documenten API.
    public var informatieobject: ZGWResourceURL<EnkelvoudigInformatieObject>
    /// The besluit.
    public var besluit: ZGWResourceURL<Besluit>

    /// Creates an attachment record.
    public init(
        url: ZGWResourceURL<BesluitInformatieObject>, informatieobject: ZGWResourceURL<EnkelvoudigInformatieObject>,
        besluit: ZGWResourceURL<Besluit>
    ) {
        self.url = url
        self.informatieobject = informatieobject
        self.besluit = besluit
    }
}
