public import Foundation

/// A statustype: one step a case of a zaaktype goes through (`Intake`, `In behandeling`, `Afgerond`).
public struct StatusType: Sendable, Hashable, Codable {
    /// The statustype's own URL.
    public var url: ZGWResourceURL<StatusType>
    /// Its description.
    public var omschrijving: String
    /// The generic description.
    public var omschrijvingGeneriek: String?
    /// The text for the initiator when a case reaches this status.
    public var statustekst: String?
    /// The zaaktype it belongs to.
    public var zaaktype: ZGWResourceURL<ZaakType>
    /// The catalogus of that zaaktype.
    public var catalogus: ZGWResourceURL<Catalogus>
    /// The zaaktype's `identificatie`.
    public var zaaktypeIdentificatie: String
    /// Its position among the zaaktype's statustypen, from 1.
    public var volgnummer: Int
    /// `true` for the last statustype: setting it closes the case.
    public var isEindstatus: Bool
    /// Whether the initiator is informed when a case reaches this status.
    public var informeren: Bool?
    /// The usual time to reach this status, ISO 8601.
    public var doorlooptijd: String?
    /// An explanation.
    public var toelichting: String?
    /// The checklist items of the step.
    public var checklistitemStatustype: [CheckListItem]?
    /// The eigenschappen that must be set at this status.
    public var eigenschappen: [ZGWResourceURL<Eigenschap>]?
    /// The first day this version is valid.
    public var beginGeldigheid: String?
    /// The last day this version is valid.
    public var eindeGeldigheid: String?
    /// The first day the type exists.
    public var beginObject: String?
    /// The last day the type exists.
    public var eindeObject: String?
    /// The zaakobjecttype (URL), when set.
    public var zaakobjecttype: String?

    /// The UUID at the end of ``url``.
    public var uuid: UUID? { url.uuid }
}
