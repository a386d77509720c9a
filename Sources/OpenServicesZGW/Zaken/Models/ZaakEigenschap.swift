public import Foundation

/// The value of an eigenschap on a zaak (`/zaken/{uuid}/zaakeigenschappen`).
public struct ZaakEigenschap: Sendable, Hashable, Codable {
    /// The zaakeigenschap's own URL.
    public var url: ZGWResourceURL<ZaakEigenschap>
    /// Its UUID.
    public var uuid: UUID
    /// The zaak.
    public var zaak: ZGWResourceURL<Zaak>
    /// The eigenschap in the Catalogi API.
    public var eigenschap: ZGWResourceURL<Eigenschap>
    /// The eigenschap's name.
    public var naam: String
    /// The value, as text in the eigenschap's format.
    public var waarde: String
}
