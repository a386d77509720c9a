public import Foundation

/// An eigenschap: a property a case of a zaaktype can carry (set on the case as a zaakeigenschap).
public struct Eigenschap: Sendable, Hashable, Codable {
    /// The eigenschap's own URL.
    public var url: ZGWResourceURL<Eigenschap>
    /// Its name, at most 20 characters.
    public var naam: String
    /// The catalogus of the zaaktype.
    public var catalogus: ZGWResourceURL<Catalogus>
    /// Its definition.
    public var definitie: String
    /// The format and allowed values.
    public var specificatie: EigenschapSpecificatie
    /// An explanation.
    public var toelichting: String?
    /// The zaaktype it belongs to.
    public var zaaktype: ZGWResourceURL<ZaakType>
    /// The zaaktype's `identificatie`.
    public var zaaktypeIdentificatie: String
    /// The statustype at which it must be set, if any.
    public var statustype: ZGWResourceURL<StatusType>?
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
