public import Foundation

/// The link between a document and the zaak, besluit or verzoek it belongs to, as the Documenten
/// API keeps it (`ObjectInformatieObject`). The Zaken and Besluiten APIs create it when a document is
/// attached there.
///
/// ```swift
/// for link in try await documenten.objectInformatieObjecten(informatieobject: document.url) {
///     print(link.objectType, link.object)
/// }
/// ```
public struct ObjectInformatieObject: Sendable, Hashable, Codable {
    /// The link's own URL.
    public var url: ZGWResourceURL<ObjectInformatieObject>
    /// The document.
    public var informatieobject: ZGWResourceURL<EnkelvoudigInformatieObject>
    /// The URL of the zaak, besluit or verzoek.
    public var object: URL
    /// What kind of object ``object`` is.
    public var objectType: ObjectInformatieObjectType

    /// Creates a link record.
    public init(
        url: ZGWResourceURL<ObjectInformatieObject>, informatieobject: ZGWResourceURL<EnkelvoudigInformatieObject>,
        object: URL, objectType: ObjectInformatieObjectType
    ) {
        self.url = url
        self.informatieobject = informatieobject
        self.object = object
        self.objectType = objectType
    }
}
