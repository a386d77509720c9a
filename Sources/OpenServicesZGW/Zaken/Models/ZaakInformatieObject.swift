public import Foundation

/// The link of a document (an informatieobject in the Documenten API) to a zaak (`/zaakinformatieobjecten`).
public struct ZaakInformatieObject: Sendable, Hashable, Codable {
    /// The link's own URL.
    public var url: ZGWResourceURL<ZaakInformatieObject>
    /// Its UUID.
    public var uuid: UUID
    /// The document (an enkelvoudiginformatieobject in the Documenten API).
    public var informatieobject: URL
    /// The zaak.
    public var zaak: ZGWResourceURL<Zaak>
    /// The relation in words (`Hoort bij, omgekeerd: kent`).
    public var aardRelatieWeergave: String
    /// The document's title within the zaak.
    public var titel: String?
    /// A description.
    public var beschrijving: String?
    /// When the link was made.
    public var registratiedatum: String
    /// When the link is to be destroyed.
    public var vernietigingsdatum: String?
    /// The status the document belongs to.
    public var status: ZGWResourceURL<Status>?
}
