public import Foundation

/// A zaaktype: the kind of case an organisation handles, with its statustypen, roltypen,
/// resultaattypen, eigenschappen and the documents and decisions that go with it.
///
/// Durations (`doorlooptijd`, `servicenorm`, `verlengingstermijn`) are ISO 8601 durations such as
/// `P8W`; dates are `YYYY-MM-DD`.
public struct ZaakType: Sendable, Hashable, Codable {
    /// The zaaktype's own URL.
    public var url: ZGWResourceURL<ZaakType>
    /// Its identification within the catalogus; the same over all its versions.
    public var identificatie: String
    /// What the cases are about, in short.
    public var omschrijving: String
    /// The generic description, shared across organisations.
    public var omschrijvingGeneriek: String?
    /// The confidentiality a case of this type gets by default.
    public var vertrouwelijkheidaanduiding: Vertrouwelijkheidaanduiding
    /// What a case of this type aims for.
    public var doel: String
    /// What starts a case of this type.
    public var aanleiding: String
    /// An explanation.
    public var toelichting: String?
    /// `intern` or `extern`: whether the case is started inside the organisation or by someone outside.
    public var indicatieInternOfExtern: String
    /// The verb for what the initiator does (e.g. `Aanvragen`).
    public var handelingInitiator: String
    /// The subject of the case.
    public var onderwerp: String
    /// The verb for what the handler does (e.g. `Behandelen`).
    public var handelingBehandelaar: String
    /// The usual time a case takes, ISO 8601 (`P8W`).
    public var doorlooptijd: String
    /// The service standard, ISO 8601.
    public var servicenorm: String?
    /// Whether a case may be suspended.
    public var opschortingEnAanhoudingMogelijk: Bool
    /// Whether a case may be extended.
    public var verlengingMogelijk: Bool
    /// By how long a case may be extended, ISO 8601.
    public var verlengingstermijn: String?
    /// Keywords.
    public var trefwoorden: [String]?
    /// Whether the case is published.
    public var publicatieIndicatie: Bool
    /// The text that is published.
    public var publicatietekst: String?
    /// The accountability relations.
    public var verantwoordingsrelatie: [String]?
    /// The products or services the case delivers (URLs).
    public var productenOfDiensten: [URL]
    /// The Selectielijst procestype (URL), for archiving.
    public var selectielijstProcestype: String?
    /// The reference process.
    public var referentieproces: ReferentieProces
    /// The organisation unit or person responsible.
    public var verantwoordelijke: String
    /// The zaakobjecttypen.
    public var zaakobjecttypen: [URL]
    /// The catalogus the zaaktype belongs to.
    public var catalogus: ZGWResourceURL<Catalogus>
    /// Its statustypen, in order.
    public var statustypen: [ZGWResourceURL<StatusType>]
    /// Its resultaattypen.
    public var resultaattypen: [ZGWResourceURL<ResultaatType>]
    /// Its eigenschappen.
    public var eigenschappen: [ZGWResourceURL<Eigenschap>]
    /// The informatieobjecttypen a case of this type may hold.
    public var informatieobjecttypen: [ZGWResourceURL<InformatieObjectType>]
    /// Its roltypen.
    public var roltypen: [ZGWResourceURL<RolType>]
    /// The besluittypen a case of this type may lead to.
    public var besluittypen: [ZGWResourceURL<BesluitType>]
    /// The zaaktypen of its deelzaken.
    public var deelzaaktypen: [ZGWResourceURL<ZaakType>]?
    /// Related zaaktypen.
    public var gerelateerdeZaaktypen: [ZaakTypenRelatie]
    /// The first day this version is valid (`YYYY-MM-DD`).
    public var beginGeldigheid: String
    /// The last day this version is valid, if it ends.
    public var eindeGeldigheid: String?
    /// The first day the type exists (over all versions).
    public var beginObject: String?
    /// The last day the type exists.
    public var eindeObject: String?
    /// The date of this version.
    public var versiedatum: String
    /// `true` while the zaaktype is a draft (not published).
    public var concept: Bool

    /// The UUID at the end of ``url``.
    public var uuid: UUID? { url.uuid }

    /// Decodes a zaaktype, reading `informatieobjecttypen` as a list of URLs also where a provider
    /// sends it as one string (the 1.3.1 specification types it as a string).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        url = try c.decode(ZGWResourceURL<ZaakType>.self, forKey: .url)
        identificatie = try c.decode(String.self, forKey: .identificatie)
        omschrijving = try c.decode(String.self, forKey: .omschrijving)
        omschrijvingGeneriek = try c.decodeIfPresent(String.self, forKey: .omschrijvingGeneriek)
        vertrouwelijkheidaanduiding = try c.decode(Vertrouwelijkheidaanduiding.self, forKey: .vertrouwelijkheidaanduiding)
        doel = try c.decode(String.self, forKey: .doel)
        aanleiding = try c.decode(String.self, forKey: .aanleiding)
        toelichting = try c.decodeIfPresent(String.self, forKey: .toelichting)
        indicatieInternOfExtern = try c.decode(String.self, forKey: .indicatieInternOfExtern)
        handelingInitiator = try c.decode(String.self, forKey: .handelingInitiator)
        onderwerp = try c.decode(String.self, forKey: .onderwerp)
        handelingBehandelaar = try c.decode(String.self, forKey: .handelingBehandelaar)
        doorlooptijd = try c.decode(String.self, forKey: .doorlooptijd)
        servicenorm = try c.decodeIfPresent(String.self, forKey: .servicenorm)
        opschortingEnAanhoudingMogelijk = try c.decode(Bool.self, forKey: .opschortingEnAanhoudingMogelijk)
        verlengingMogelijk = try c.decode(Bool.self, forKey: .verlengingMogelijk)
        verlengingstermijn = try c.decodeIfPresent(String.self, forKey: .verlengingstermijn)
        trefwoorden = try c.decodeIfPresent([String].self, forKey: .trefwoorden)
        publicatieIndicatie = try c.decode(Bool.self, forKey: .publicatieIndicatie)
        publicatietekst = try c.decodeIfPresent(String.self, forKey: .publicatietekst)
        verantwoordingsrelatie = try c.decodeIfPresent([String].self, forKey: .verantwoordingsrelatie)
        productenOfDiensten = try c.decode([URL].self, forKey: .productenOfDiensten)
        selectielijstProcestype = try c.decodeIfPresent(String.self, forKey: .selectielijstProcestype)
        referentieproces = try c.decode(ReferentieProces.self, forKey: .referentieproces)
        verantwoordelijke = try c.decode(String.self, forKey: .verantwoordelijke)
        zaakobjecttypen = try c.decode([URL].self, forKey: .zaakobjecttypen)
        catalogus = try c.decode(ZGWResourceURL<Catalogus>.self, forKey: .catalogus)
        statustypen = try c.decode([ZGWResourceURL<StatusType>].self, forKey: .statustypen)
        resultaattypen = try c.decode([ZGWResourceURL<ResultaatType>].self, forKey: .resultaattypen)
        eigenschappen = try c.decode([ZGWResourceURL<Eigenschap>].self, forKey: .eigenschappen)
        informatieobjecttypen = try c.decodeResourceURLList(forKey: .informatieobjecttypen)
        roltypen = try c.decode([ZGWResourceURL<RolType>].self, forKey: .roltypen)
        besluittypen = try c.decode([ZGWResourceURL<BesluitType>].self, forKey: .besluittypen)
        deelzaaktypen = try c.decodeIfPresent([ZGWResourceURL<ZaakType>].self, forKey: .deelzaaktypen)
        gerelateerdeZaaktypen = try c.decode([ZaakTypenRelatie].self, forKey: .gerelateerdeZaaktypen)
        beginGeldigheid = try c.decode(String.self, forKey: .beginGeldigheid)
        eindeGeldigheid = try c.decodeIfPresent(String.self, forKey: .eindeGeldigheid)
        beginObject = try c.decodeIfPresent(String.self, forKey: .beginObject)
        eindeObject = try c.decodeIfPresent(String.self, forKey: .eindeObject)
        versiedatum = try c.decode(String.self, forKey: .versiedatum)
        concept = try c.decode(Bool.self, forKey: .concept)
    }
}
