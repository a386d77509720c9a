/// A partial update of usage rights (`PATCH`): only the members that are set are sent.
///
/// ```swift
/// var patch = GebruiksrechtenPatch()
/// patch.einddatum = "2027-01-01T00:00:00Z"
/// let recht = try await documenten.patchGebruiksrechten(recht.url, patch)
/// ```
public struct GebruiksrechtenPatch: Sendable, Hashable, Codable {
    /// The document they apply to.
    public var informatieobject: ZGWResourceURL<EnkelvoudigInformatieObject>?
    /// From when they apply, ISO 8601 date-time.
    public var startdatum: String?
    /// Until when they apply, ISO 8601 date-time.
    public var einddatum: String?
    /// The conditions.
    public var omschrijvingVoorwaarden: String?

    /// An empty patch; set the members to change.
    public init() {}
}
