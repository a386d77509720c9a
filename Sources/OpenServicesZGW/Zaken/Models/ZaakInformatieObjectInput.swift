public import Foundation

/// The body of ``ZakenClient/createZaakInformatieObject(_:options:)`` and
/// ``ZakenClient/updateZaakInformatieObject(_:with:options:)``: links a document to a zaak.
///
/// ```swift
/// let link = try await zaken.createZaakInformatieObject(
///     ZaakInformatieObjectInput(zaak: zaak.url, informatieobject: document.url, titel: "Aanvraagformulier"))
/// ```
public struct ZaakInformatieObjectInput: Sendable, Hashable, Codable {
    /// The zaak.
    public var zaak: ZGWResourceURL<Zaak>
    /// The document in the Documenten API.
    public var informatieobject: URL
    /// The document's title within the zaak.
    public var titel: String?
    /// A description.
    public var beschrijving: String?
    /// When the link is to be destroyed.
    public var vernietigingsdatum: String?
    /// The status the document belongs to.
    public var status: ZGWResourceURL<Status>?

    /// Creates the body.
    public init(
        zaak: ZGWResourceURL<Zaak>, informatieobject: URL, titel: String? = nil, beschrijving: String? = nil,
        vernietigingsdatum: String? = nil, status: ZGWResourceURL<Status>? = nil
    ) {
        self.zaak = zaak
        self.informatieobject = informatieobject
        self.titel = titel
        self.beschrijving = beschrijving
        self.vernietigingsdatum = vernietigingsdatum
        self.status = status
    }
}
