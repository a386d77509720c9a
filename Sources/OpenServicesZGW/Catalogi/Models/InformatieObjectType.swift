public import Foundation

/// An informatieobjecttype: a kind of document (`Aanvraagformulier`, `Besluitbrief`).
public struct InformatieObjectType: Sendable, Hashable, Codable {
    /// The informatieobjecttype's own URL.
    public var url: ZGWResourceURL<InformatieObjectType>
    /// The catalogus it belongs to.
    public var catalogus: ZGWResourceURL<Catalogus>
    /// Its description.
    public var omschrijving: String
    /// The confidentiality documents of this type get by default.
    public var vertrouwelijkheidaanduiding: Vertrouwelijkheidaanduiding
    /// The first day this version is valid.
    public var beginGeldigheid: String
    /// The last day this version is valid.
    public var eindeGeldigheid: String?
    /// The first day the type exists.
    public var beginObject: String?
    /// The last day the type exists.
    public var eindeObject: String?
    /// `true` while it is a draft (not published).
    public var concept: Bool
    /// The zaaktypen that use it.
    public var zaaktypen: [ZGWResourceURL<ZaakType>]
    /// The besluittypen that use it.
    public var besluittypen: [ZGWResourceURL<BesluitType>]
    /// Its category.
    public var informatieobjectcategorie: String
    /// Keywords.
    public var trefwoord: [String]?
    /// The generic description, when given.
    public var omschrijvingGeneriek: ZGWJSONValue?

    /// The UUID at the end of ``url``.
    public var uuid: UUID? { url.uuid }

    /// Decodes an informatieobjecttype, reading `zaaktypen` as a list of URLs also where a provider
    /// sends it as one string (the 1.3.1 specification types it as a string).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        url = try c.decode(ZGWResourceURL<InformatieObjectType>.self, forKey: .url)
        catalogus = try c.decode(ZGWResourceURL<Catalogus>.self, forKey: .catalogus)
        omschrijving = try c.decode(String.self, forKey: .omschrijving)
        vertrouwelijkheidaanduiding = try c.decode(Vertrouwelijkheidaanduiding.self, forKey: .vertrouwelijkheidaanduiding)
        beginGeldigheid = try c.decode(String.self, forKey: .beginGeldigheid)
        eindeGeldigheid = try c.decodeIfPresent(String.self, forKey: .eindeGeldigheid)
        beginObject = try c.decodeIfPresent(String.self, forKey: .beginObject)
        eindeObject = try c.decodeIfPresent(String.self, forKey: .eindeObject)
        concept = try c.decode(Bool.self, forKey: .concept)
        zaaktypen = try c.decodeResourceURLList(forKey: .zaaktypen)
        besluittypen = try c.decode([ZGWResourceURL<BesluitType>].self, forKey: .besluittypen)
        informatieobjectcategorie = try c.decode(String.self, forKey: .informatieobjectcategorie)
        trefwoord = try c.decodeIfPresent([String].self, forKey: .trefwoord)
        omschrijvingGeneriek = try c.decodeIfPresent(ZGWJSONValue.self, forKey: .omschrijvingGeneriek)
    }
}
