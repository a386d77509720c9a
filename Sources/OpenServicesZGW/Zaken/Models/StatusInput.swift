public import Foundation

/// The body of ``ZakenClient/createStatus(_:options:)`` (`POST /statussen`): sets a zaak's status.
///
/// ```swift
/// let status = try await zaken.createStatus(StatusInput(zaak: zaak.url, statustype: intake.url))
/// ```
public struct StatusInput: Sendable, Hashable, Codable {
    /// The zaak.
    public var zaak: ZGWResourceURL<Zaak>
    /// The statustype (of the zaak's zaaktype).
    public var statustype: ZGWResourceURL<StatusType>
    /// When it was set (ISO 8601 date-time); it may not lie in the future.
    public var datumStatusGezet: String
    /// An explanation.
    public var statustoelichting: String?
    /// The rol of whoever set it.
    public var gezetdoor: ZGWResourceURL<Rol>?

    /// Creates the body with the moment given as text (ISO 8601 date-time).
    public init(
        zaak: ZGWResourceURL<Zaak>, statustype: ZGWResourceURL<StatusType>, datumStatusGezet: String,
        statustoelichting: String? = nil, gezetdoor: ZGWResourceURL<Rol>? = nil
    ) {
        self.zaak = zaak
        self.statustype = statustype
        self.datumStatusGezet = datumStatusGezet
        self.statustoelichting = statustoelichting
        self.gezetdoor = gezetdoor
    }

    /// Creates the body with the moment as a `Date` (now by default), sent in UTC.
    public init(
        zaak: ZGWResourceURL<Zaak>, statustype: ZGWResourceURL<StatusType>, gezet: Date = Date(),
        statustoelichting: String? = nil, gezetdoor: ZGWResourceURL<Rol>? = nil
    ) {
        self.init(
            zaak: zaak, statustype: statustype, datumStatusGezet: gezet.formatted(.iso8601),
            statustoelichting: statustoelichting, gezetdoor: gezetdoor)
    }
}
