public import OpenServicesCore

/// The filters of a zaken list (`GET /zaken`, or `POST /zaken/_zoek` when a personal number is given).
///
/// Dates are `YYYY-MM-DD`. A filter left `nil` is not sent. When ``bsn`` (or another personal number:
/// ``anpIdentificatie``, ``inpA_nummer``) is set, ``ZakenClient`` searches with `POST /zaken/_zoek`, so
/// the number travels in the JSON body and never in a URL (NL API Design Rules, API-58).
///
/// ```swift
/// var query = ZaakQuery(zaaktype: vergunning.url)
/// query.startdatumOnOrAfter = "2026-01-01"
/// query.bsn = try BSN("999993653")
/// let page = try await zaken.zaken(query)
/// ```
public struct ZaakQuery: Sendable, Hashable {
    /// `zaaktype`: zaken of this zaaktype.
    public var zaaktype: ZGWResourceURL<ZaakType>?
    /// `bronorganisatie`: zaken created by this organisation.
    public var bronorganisatie: RSIN?
    /// `identificatie`: the zaak with this identification.
    public var identificatie: String?
    /// `startdatum`: started on this day.
    public var startdatum: String?
    /// `startdatum__gt`: started after this day.
    public var startdatumAfter: String?
    /// `startdatum__gte`: started on or after this day.
    public var startdatumOnOrAfter: String?
    /// `startdatum__lt`: started before this day.
    public var startdatumBefore: String?
    /// `startdatum__lte`: started on or before this day.
    public var startdatumOnOrBefore: String?
    /// `registratiedatum`: registered on this day.
    public var registratiedatum: String?
    /// `registratiedatum__gt`: registered after this day.
    public var registratiedatumAfter: String?
    /// `registratiedatum__lt`: registered before this day.
    public var registratiedatumBefore: String?
    /// `einddatum`: ended on this day.
    public var einddatum: String?
    /// `einddatum__gt`: ended after this day.
    public var einddatumAfter: String?
    /// `einddatum__lt`: ended before this day.
    public var einddatumBefore: String?
    /// `einddatum__isnull`: `true` for open zaken, `false` for closed ones.
    public var einddatumIsNull: Bool?
    /// `einddatumGepland`: planned to end on this day.
    public var einddatumGepland: String?
    /// `einddatumGepland__gt`: planned to end after this day.
    public var einddatumGeplandAfter: String?
    /// `einddatumGepland__lt`: planned to end before this day.
    public var einddatumGeplandBefore: String?
    /// `uiterlijkeEinddatumAfdoening`: to be settled by this day.
    public var uiterlijkeEinddatumAfdoening: String?
    /// `uiterlijkeEinddatumAfdoening__gt`.
    public var uiterlijkeEinddatumAfdoeningAfter: String?
    /// `uiterlijkeEinddatumAfdoening__lt`.
    public var uiterlijkeEinddatumAfdoeningBefore: String?
    /// `archiefnominatie`.
    public var archiefnominatie: Archiefnominatie?
    /// `archiefstatus`.
    public var archiefstatus: Archiefstatus?
    /// `archiefstatus__in`: any of these.
    public var archiefstatusIn: [Archiefstatus]?
    /// `archiefactiedatum`.
    public var archiefactiedatum: String?
    /// `archiefactiedatum__gt`.
    public var archiefactiedatumAfter: String?
    /// `archiefactiedatum__lt`.
    public var archiefactiedatumBefore: String?
    /// `archiefactiedatum__isnull`.
    public var archiefactiedatumIsNull: Bool?
    /// `maximaleVertrouwelijkheidaanduiding`: zaken at most this confidential.
    public var maximaleVertrouwelijkheidaanduiding: Vertrouwelijkheidaanduiding?
    /// `rol__betrokkeneType`: zaken with a rol of this kind of party.
    public var rolBetrokkeneType: BetrokkeneType?
    /// `rol__betrokkene`: zaken with a rol for this betrokkene URL.
    public var rolBetrokkene: String?
    /// `rol__omschrijvingGeneriek`: zaken with a rol of this generic role.
    public var rolOmschrijvingGeneriek: RolOmschrijvingGeneriek?
    /// `rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn`: zaken in which this person has a rol.
    /// Sent only in the body of `POST /zaken/_zoek`.
    public var bsn: BSN?
    /// `rol__betrokkeneIdentificatie__natuurlijkPersoon__anpIdentificatie`; sent only via `_zoek`.
    public var anpIdentificatie: String?
    /// `rol__betrokkeneIdentificatie__natuurlijkPersoon__inpA_nummer`; sent only via `_zoek`.
    public var inpA_nummer: String?
    /// `rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__innNnpId`: an organisation's RSIN.
    public var innNnpId: String?
    /// `rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__annIdentificatie`.
    public var annIdentificatie: String?
    /// `rol__betrokkeneIdentificatie__vestiging__vestigingsNummer`.
    public var vestigingsNummer: String?
    /// `rol__betrokkeneIdentificatie__medewerker__identificatie`.
    public var medewerkerIdentificatie: String?
    /// `rol__betrokkeneIdentificatie__organisatorischeEenheid__identificatie`.
    public var organisatorischeEenheidIdentificatie: String?
    /// `ordering`: the fields to sort by, `-` first for descending (`["-startdatum"]`).
    public var ordering: [String]?

    /// Creates a query; set further filters as properties.
    public init(zaaktype: ZGWResourceURL<ZaakType>? = nil, bronorganisatie: RSIN? = nil, identificatie: String? = nil, bsn: BSN? = nil) {
        self.zaaktype = zaaktype
        self.bronorganisatie = bronorganisatie
        self.identificatie = identificatie
        self.bsn = bsn
    }

    /// Whether a personal number is set, so the query must go through `POST /zaken/_zoek`.
    public var needsSearchBody: Bool { bsn != nil || anpIdentificatie != nil || inpA_nummer != nil }

    /// One filter: a single value or a list.
    enum Value: Hashable {
        case text(String)
        case flag(Bool)
        case list([String])
    }

    /// The filters that are set, with their official parameter names.
    var parameters: [(String, Value)] {
        var items: [(String, Value)] = []
        func add(_ name: String, _ value: String?) { if let value { items.append((name, .text(value))) } }
        func add(_ name: String, _ value: Bool?) { if let value { items.append((name, .flag(value))) } }
        add("zaaktype", zaaktype?.description)
        add("bronorganisatie", bronorganisatie?.value)
        add("identificatie", identificatie)
        add("startdatum", startdatum)
        add("startdatum__gt", startdatumAfter)
        add("startdatum__gte", startdatumOnOrAfter)
        add("startdatum__lt", startdatumBefore)
        add("startdatum__lte", startdatumOnOrBefore)
        add("registratiedatum", registratiedatum)
        add("registratiedatum__gt", registratiedatumAfter)
        add("registratiedatum__lt", registratiedatumBefore)
        add("einddatum", einddatum)
        add("einddatum__gt", einddatumAfter)
        add("einddatum__lt", einddatumBefore)
        add("einddatum__isnull", einddatumIsNull)
        add("einddatumGepland", einddatumGepland)
        add("einddatumGepland__gt", einddatumGeplandAfter)
        add("einddatumGepland__lt", einddatumGeplandBefore)
        add("uiterlijkeEinddatumAfdoening", uiterlijkeEinddatumAfdoening)
        add("uiterlijkeEinddatumAfdoening__gt", uiterlijkeEinddatumAfdoeningAfter)
        add("uiterlijkeEinddatumAfdoening__lt", uiterlijkeEinddatumAfdoeningBefore)
        add("archiefnominatie", archiefnominatie?.rawValue)
        add("archiefstatus", archiefstatus?.rawValue)
        if let archiefstatusIn { items.append(("archiefstatus__in", .list(archiefstatusIn.map(\.rawValue)))) }
        add("archiefactiedatum", archiefactiedatum)
        add("archiefactiedatum__gt", archiefactiedatumAfter)
        add("archiefactiedatum__lt", archiefactiedatumBefore)
        add("archiefactiedatum__isnull", archiefactiedatumIsNull)
        add("maximaleVertrouwelijkheidaanduiding", maximaleVertrouwelijkheidaanduiding?.rawValue)
        add("rol__betrokkeneType", rolBetrokkeneType?.rawValue)
        add("rol__betrokkene", rolBetrokkene)
        add("rol__omschrijvingGeneriek", rolOmschrijvingGeneriek?.rawValue)
        add("rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn", bsn?.value)
        add("rol__betrokkeneIdentificatie__natuurlijkPersoon__anpIdentificatie", anpIdentificatie)
        add("rol__betrokkeneIdentificatie__natuurlijkPersoon__inpA_nummer", inpA_nummer)
        add("rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__innNnpId", innNnpId)
        add("rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__annIdentificatie", annIdentificatie)
        add("rol__betrokkeneIdentificatie__vestiging__vestigingsNummer", vestigingsNummer)
        add("rol__betrokkeneIdentificatie__medewerker__identificatie", medewerkerIdentificatie)
        add("rol__betrokkeneIdentificatie__organisatorischeEenheid__identificatie", organisatorischeEenheidIdentificatie)
        if let ordering { items.append(("ordering", .list(ordering))) }
        return items
    }

    /// The filters as query parameters of `GET /zaken` (lists comma-separated, as the specification's `explode: false`).
    var queryItems: [(String, String)] {
        parameters.map { name, value in
            switch value {
            case .text(let text): (name, text)
            case .flag(let flag): (name, flag ? "true" : "false")
            case .list(let list): (name, list.joined(separator: ","))
            }
        }
    }

    /// The filters as the `ZaakZoek` body of `POST /zaken/_zoek`: `__isnull` as booleans, `__in` as arrays,
    /// `ordering` as one string, as that schema types them.
    var searchBody: [String: ZGWJSONValue] {
        var body: [String: ZGWJSONValue] = [:]
        for (name, value) in parameters {
            switch value {
            case .text(let text): body[name] = .string(text)
            case .flag(let flag): body[name] = .bool(flag)
            case .list(let list) where name == "ordering": body[name] = .string(list.joined(separator: ","))
            case .list(let list): body[name] = .array(list.map(ZGWJSONValue.string))
            }
        }
        return body
    }
}
