public import Foundation

/// A resultaattype: a possible outcome of a case of a zaaktype, with what it means for archiving.
public struct ResultaatType: Sendable, Hashable, Codable {
    /// The resultaattype's own URL.
    public var url: ZGWResourceURL<ResultaatType>
    /// The zaaktype it belongs to.
    public var zaaktype: ZGWResourceURL<ZaakType>
    /// The zaaktype's `identificatie`.
    public var zaaktypeIdentificatie: String
    /// Its description, e.g. `Verleend`.
    public var omschrijving: String
    /// The generic result description (a Selectielijst URL).
    public var resultaattypeomschrijving: String
    /// The generic description the provider derived from it.
    public var omschrijvingGeneriek: String
    /// The Selectielijst resultaat (URL) that says how long cases with this result are kept.
    public var selectielijstklasse: String
    /// An explanation.
    public var toelichting: String?
    /// Whether such cases are kept or destroyed.
    public var archiefnominatie: Archiefnominatie?
    /// How long after the reference date such cases are kept, ISO 8601.
    public var archiefactietermijn: String?
    /// How the reference date of the retention period is derived.
    public var brondatumArchiefprocedure: BrondatumArchiefprocedure?
    /// The kind of process object.
    public var procesobjectaard: String?
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
    /// Whether the result is specific to this zaaktype.
    public var indicatieSpecifiek: Bool?
    /// The process term, ISO 8601.
    public var procestermijn: String?
    /// The besluittypen that go with this result.
    public var besluittypen: [ZGWResourceURL<BesluitType>]?
    /// Their descriptions.
    public var besluittypeOmschrijving: [String]
    /// The informatieobjecttypen that go with this result.
    public var informatieobjecttypen: [ZGWResourceURL<InformatieObjectType>]?
    /// Their descriptions.
    public var informatieobjecttypeOmschrijving: [String]
    /// The zaakobjecttypen (URLs).
    public var zaakobjecttypen: [URL]

    /// The UUID at the end of ``url``.
    public var uuid: UUID? { url.uuid }
}
