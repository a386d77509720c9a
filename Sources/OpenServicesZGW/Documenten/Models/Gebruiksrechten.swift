/// The usage rights of a document (`Gebruiksrechten`): the conditions under which it may be used,
/// from a start to an optional end.
///
/// ```swift
/// for recht in try await documenten.gebruiksrechten(informatieobject: document.url) {
///     print(recht.omschrijvingVoorwaarden, recht.startdatum)
/// }
/// ```
public struct Gebruiksrechten: Sendable, Hashable, Codable {
    /// The record's own URL.
    public var url: ZGWResourceURL<Gebruiksrechten>
    /// The document they apply to.
    public var informatieobject: ZGWResourceURL<EnkelvoudigInformatieObject>
    /// From when they apply, ISO 8601 date-time.
    public var startdatum: String
    /// Until when they apply, ISO 8601 date-time; `nil` when open-ended.
    public var einddatum: String?
    /// The conditions.
    public var omschrijvingVoorwaarden: String

    /// Creates a usage rights record.
    public init(
        url: ZGWResourceURL<Gebruiksrechten>, informatieobject: ZGWResourceURL<EnkelvoudigInformatieObject>,
        startdatum: String, einddatum: String? = nil, omschrijvingVoorwaarden: String
    ) {
        self.url = url
        self.informatieobject = informatieobject
        self.startdatum = startdatum
        self.einddatum = einddatum
        self.omschrijvingVoorwaarden = omschrijvingVoorwaarden
    }
}
