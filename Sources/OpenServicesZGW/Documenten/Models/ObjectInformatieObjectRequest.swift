public import Foundation

/// A new link between a document and a zaak, besluit or verzoek. Usually the Zaken or Besluiten API
/// makes it when the document is attached there; create it directly only for other objects.
///
/// ```swift
/// let link = try await documenten.createObjectInformatieObject(
///     ObjectInformatieObjectRequest(informatieobject: document.url, object: verzoekURL, objectType: .verzoek))
/// ```
public struct ObjectInformatieObjectRequest: Sendable, Hashable, Codable {
    /// The document.
    public var informatieobject: ZGWResourceURL<EnkelvoudigInformatieObject>
    /// The URL of the zaak, besluit or verzoek.
    public var object: URL
    /// What kind of object ``object`` is.
    public var objectType: ObjectInformatieObjectType

    /// Creates the link.
    public init(informatieobject: ZGWResourceURL<EnkelvoudigInformatieObject>, object: URL, objectType: ObjectInformatieObjectType) {
        self.informatieobject = informatieobject
        self.object = object
        self.objectType = objectType
    }
}
