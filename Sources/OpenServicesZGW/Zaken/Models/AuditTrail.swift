public import Foundation

/// One entry of a zaak's audit trail (`/zaken/{uuid}/audittrail`): who changed what, when and why.
public struct AuditTrail: Sendable, Hashable, Codable {
    /// The entry's UUID.
    public var uuid: UUID?
    /// The API that recorded it (`zrc`, `drc`, …).
    public var bron: String
    /// The application that made the change.
    public var applicatieId: String?
    /// The application's name.
    public var applicatieWeergave: String?
    /// The user who made the change.
    public var gebruikersId: String?
    /// The user's name.
    public var gebruikersWeergave: String?
    /// The action (`create`, `update`, `partial_update`, `destroy`, …).
    public var actie: String
    /// The action in words.
    public var actieWeergave: String?
    /// The HTTP status of the change.
    public var resultaat: Int
    /// The zaak (or other main object) the change belongs to.
    public var hoofdObject: URL
    /// The kind of resource changed (`zaak`, `status`, `rol`, …).
    public var resource: String
    /// The resource changed.
    public var resourceUrl: URL
    /// The reason given with the change (`X-Audit-Toelichting`).
    public var toelichting: String?
    /// The resource in words.
    public var resourceWeergave: String
    /// When the change was made.
    public var aanmaakdatum: String
    /// The resource before and after.
    public var wijzigingen: Wijzigingen
}
