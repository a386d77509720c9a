public import Foundation

/// A roltype: a role someone can play in a case of a zaaktype (`Aanvrager`, `Behandelaar`).
public struct RolType: Sendable, Hashable, Codable {
    /// The roltype's own URL.
    public var url: ZGWResourceURL<RolType>
    /// The zaaktype it belongs to.
    public var zaaktype: ZGWResourceURL<ZaakType>
    /// The zaaktype's `identificatie`.
    public var zaaktypeIdentificatie: String
    /// Its description, e.g. `Aanvrager`.
    public var omschrijving: String
    /// The generic role it is a form of, e.g. `initiator`.
    public var omschrijvingGeneriek: RolOmschrijvingGeneriek
    /// The catalogus of the zaaktype.
    public var catalogus: ZGWResourceURL<Catalogus>?
    /// The first day this version is valid.
    public var beginGeldigheid: String?
    /// The last day this version is valid.
    public var eindeGeldigheid: String?
    /// The first day the type exists.
    public var beginObject: String?
    /// The last day the type exists.
    public var eindeObject: String?

    /// The UUID at the end of ``url``.
    public var uuid: UUID? { url.uuid }
}
