/// New usage rights for a document, or a full update (`PUT`) of them. Creating them sets the
/// document's `indicatieGebruiksrecht` to `true`.
///
/// ```swift
/// let recht = try await documenten.createGebruiksrechten(GebruiksrechtenRequest(
///     informatieobject: document.url, startdatum: "2026-03-02T00:00:00Z",
///     omschrijvingVoorwaarden: "Alleen voor intern gebruik"))
/// ```
public struct GebruiksrechtenRequest: Sendable, Hashable, Codable {
    /// The document they apply to.
    public var informatieobject: ZGWResourceURL<EnkelvoudigInformatieObject>
    /// From when they apply, ISO 8601 date-time.
    public var startdatum: String
    /// Until when they apply, ISO 8601 date-time; open-ended when `nil`.
    public var einddatum: String?
    /// The conditions.
    public var omschrijvingVoorwaarden: String

    /// Creates the usage rights.
    public init(
        informatieobject: ZGWResourceURL<EnkelvoudigInformatieObject>, startdatum: String, einddatum: String? = nil,
        omschrijvingVoorwaarden: String
    ) {
        self.informatieobject = informatieobject
        self.startdatum = startdatum
        self.einddatum = einddatum
        self.omschrijvingVoorwaarden = omschrijvingVoorwaarden
    }
}
