public import Foundation

/// A status a zaak reached (`/statussen`): the statustype, when it was set and by whom.
public struct Status: Sendable, Hashable, Codable {
    /// The status's own URL.
    public var url: ZGWResourceURL<Status>
    /// Its UUID.
    public var uuid: UUID
    /// The zaak.
    public var zaak: ZGWResourceURL<Zaak>
    /// The statustype in the Catalogi API.
    public var statustype: ZGWResourceURL<StatusType>
    /// When it was set (ISO 8601 date-time).
    public var datumStatusGezet: String
    /// An explanation.
    public var statustoelichting: String?
    /// `true` for the status set last, the zaak's current one.
    public var indicatieLaatstGezetteStatus: Bool
    /// The rol of whoever set it.
    public var gezetdoor: ZGWResourceURL<Rol>?
    /// The documents that go with it.
    public var zaakinformatieobjecten: [ZGWResourceURL<ZaakInformatieObject>]
}
