import Foundation
import HTTPTypes
import OpenServicesCore
import OpenServicesTesting
import OpenServicesZGW

/// Shared set-up of the Zaken and Catalogi tests: clients on a scripted connector, spec-shaped sample
/// answers (written from the schemas of zrc-openapi-1.5.1 and ztc-openapi-1.3.1, blank choices as `""`
/// and unset dates as `null`, as Open Zaak sends them), and readers for the recorded requests.
enum ZGWTestSupport {
    static let host = "https://openzaak.example.nl"
    static let zakenRoot = "\(host)/zaken/api/v1"
    static let catalogiRoot = "\(host)/catalogi/api/v1"

    static let zaakUUID = "d4d6e8a2-3b8f-4a59-9a61-5c0b7f1f2a10"
    static let zaakURL = "\(zakenRoot)/zaken/\(zaakUUID)"
    static let statusUUID = "0c9b8a7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d"
    static let statusURL = "\(zakenRoot)/statussen/\(statusUUID)"
    static let resultaatUUID = "1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a"
    static let resultaatURL = "\(zakenRoot)/resultaten/\(resultaatUUID)"
    static let rolUUID = "2e3d4c5b-6a7f-4e8d-9c0b-1a2f3e4d5c6b"
    static let rolURL = "\(zakenRoot)/rollen/\(rolUUID)"
    static let zaakobjectUUID = "3f4e5d6c-7b8a-4f9e-8d1c-2b3a4f5e6d7c"
    static let zaakobjectURL = "\(zakenRoot)/zaakobjecten/\(zaakobjectUUID)"
    static let zioUUID = "4a5f6e7d-8c9b-4a0f-9e2d-3c4b5a6f7e8d"
    static let zioURL = "\(zakenRoot)/zaakinformatieobjecten/\(zioUUID)"
    static let zaakeigenschapUUID = "5b6a7f8e-9d0c-4b1a-8f3e-4d5c6b7a8f9e"
    static let zaakeigenschapURL = "\(zaakURL)/zaakeigenschappen/\(zaakeigenschapUUID)"
    static let audittrailUUID = "6c7b8a9f-0e1d-4c2b-9a4f-5e6d7c8b9a0f"

    static let catalogusURL = "\(catalogiRoot)/catalogussen/7d8c9b0a-1f2e-4d3c-8b5a-6f7e8d9c0b1a"
    static let zaaktypeUUID = "8e9d0c1b-2a3f-4e4d-9c6b-7a8f9e0d1c2b"
    static let zaaktypeURL = "\(catalogiRoot)/zaaktypen/\(zaaktypeUUID)"
    static let statustypeURL = "\(catalogiRoot)/statustypen/9f0e1d2c-3b4a-4f5e-8d7c-8b9a0f1e2d3c"
    static let roltypeURL = "\(catalogiRoot)/roltypen/a0f1e2d3-4c5b-4a6f-9e8d-9c0b1a2f3e4d"
    static let resultaattypeURL = "\(catalogiRoot)/resultaattypen/b1a2f3e4-5d6c-4b7a-8f9e-0d1c2b3a4f5e"
    static let eigenschapURL = "\(catalogiRoot)/eigenschappen/c2b3a4f5-6e7d-4c8b-9a0f-1e2d3c4b5a6f"
    static let informatieobjecttypeURL = "\(catalogiRoot)/informatieobjecttypen/d3c4b5a6-7f8e-4d9c-8b1a-2f3e4d5c6b7a"
    static let besluittypeURL = "\(catalogiRoot)/besluittypen/e4d5c6b7-8a9f-4e0d-9c2b-3a4f5e6d7c8b"
    static let documentURL = "\(host)/documenten/api/v1/enkelvoudiginformatieobjecten/f5e6d7c8-9b0a-4f1e-8d3c-4b5a6f7e8d9c"

    /// A fictitious person of the official BRP test set.
    static let bsn = "999993653"
    static let rsin = "002564440"

    static func pipeline(_ connector: any Connector, retry: RetryPolicy = .none) throws -> Pipeline {
        let jwt = try ZGWJWTProvider(clientID: "zaaksysteem", secret: Secret("test-geheim"))
        return Pipeline(connector: connector, credentials: CredentialStage(jwt), retry: retry, clock: TestClock())
    }

    static func zaken(_ connector: any Connector, retry: RetryPolicy = .none, resourceRoots: [URL] = []) throws -> ZakenClient {
        ZakenClient(pipeline: try pipeline(connector, retry: retry), baseURL: URL(string: zakenRoot)!, resourceRoots: resourceRoots)
    }

    static func catalogi(_ connector: any Connector) throws -> CatalogiClient {
        CatalogiClient(pipeline: try pipeline(connector), baseURL: URL(string: catalogiRoot)!)
    }

    /// A retry policy that retries quickly (the pipeline's test clock does not really sleep).
    static let retrying = RetryPolicy(maximumAttempts: 3, backoff: Backoff(base: .milliseconds(10), cap: .milliseconds(50)))

    // MARK: recorded requests

    static func path(_ request: RecordedRequest) -> String { path(request.head) }

    static func path(_ head: HTTPRequest) -> String {
        String((head.path ?? "").split(separator: "?", maxSplits: 1).first ?? "")
    }

    static func query(_ request: RecordedRequest) -> [String: String] {
        let target = request.head.path ?? ""
        guard let components = URLComponents(string: "http://x" + target) else { return [:] }
        var items: [String: String] = [:]
        for item in components.queryItems ?? [] { items[item.name] = item.value ?? "" }
        return items
    }

    static func header(_ request: RecordedRequest, _ name: String) -> String? {
        request.head.headerFields[HTTPField.Name(name)!]
    }

    static func json(_ request: RecordedRequest) -> [String: Any] {
        request.body.flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] } ?? [:]
    }

    // MARK: sample answers

    static func page(_ items: [String], count: Int? = nil, next: String? = nil) -> String {
        #"{"count":\#(count ?? items.count),"next":\#(next.map { "\"\($0)\"" } ?? "null"),"previous":null,"results":[\#(items.joined(separator: ","))]}"#
    }

    static func zaakJSON(url: String = zaakURL, uuid: String = zaakUUID, identificatie: String = "ZAAK-2026-0000000001") -> String {
        #"""
        {"url":"\#(url)","uuid":"\#(uuid)","identificatie":"\#(identificatie)","bronorganisatie":"\#(rsin)",
         "omschrijving":"Aanvraag omgevingsvergunning Dorpsstraat 1","toelichting":"","zaaktype":"\#(zaaktypeURL)",
         "registratiedatum":"2026-03-02","verantwoordelijkeOrganisatie":"\#(rsin)","startdatum":"2026-03-02",
         "einddatum":null,"einddatumGepland":null,"uiterlijkeEinddatumAfdoening":null,"publicatiedatum":null,
         "communicatiekanaal":"","productenOfDiensten":[],"vertrouwelijkheidaanduiding":"zaakvertrouwelijk",
         "betalingsindicatie":"","betalingsindicatieWeergave":"","laatsteBetaaldatum":null,
         "zaakgeometrie":{"type":"Point","coordinates":[4.4777,51.9244]},"verlenging":null,
         "opschorting":{"indicatie":false,"reden":""},"selectielijstklasse":"","hoofdzaak":null,"deelzaken":[],
         "relevanteAndereZaken":[],"eigenschappen":["\#(zaakeigenschapURL)"],"rollen":["\#(rolURL)"],
         "status":"\#(statusURL)","zaakinformatieobjecten":["\#(zioURL)"],"zaakobjecten":["\#(zaakobjectURL)"],
         "kenmerken":[{"kenmerk":"LOKET-42","bron":"e-loket"}],"archiefnominatie":null,"archiefstatus":"nog_te_archiveren",
         "archiefactiedatum":null,"resultaat":null,"opdrachtgevendeOrganisatie":"","processobjectaard":"",
         "startdatumBewaartermijn":null,"processobject":{"datumkenmerk":"","identificatie":"","objecttype":"","registratie":""}}
        """#
    }

    static func statusJSON() -> String {
        #"""
        {"url":"\#(statusURL)","uuid":"\#(statusUUID)","zaak":"\#(zaakURL)","statustype":"\#(statustypeURL)",
         "datumStatusGezet":"2026-03-02T10:15:30Z","statustoelichting":"Aanvraag ontvangen","indicatieLaatstGezetteStatus":true,
         "gezetdoor":"","zaakinformatieobjecten":[]}
        """#
    }

    static func resultaatJSON() -> String {
        #"{"url":"\#(resultaatURL)","uuid":"\#(resultaatUUID)","zaak":"\#(zaakURL)","resultaattype":"\#(resultaattypeURL)","toelichting":"Verleend"}"#
    }

    static func rolJSON(betrokkeneType: String = "natuurlijk_persoon", identificatie: String? = nil) -> String {
        let defaultIdentificatie = #"""
            {"inpBsn":"\#(bsn)","anpIdentificatie":"","inpA_nummer":"","geslachtsnaam":"Moulin","voorvoegselGeslachtsnaam":"",
             "voorletters":"S.","voornamen":"Suzanne","geslachtsaanduiding":"v","geboortedatum":"1987-01-01",
             "verblijfsadres":{"aoaIdentificatie":"0599200000012345","wplWoonplaatsNaam":"Rotterdam","gorOpenbareRuimteNaam":"Coolsingel",
             "aoaPostcode":"3011AD","aoaHuisnummer":40,"aoaHuisletter":"","aoaHuisnummertoevoeging":"","inpLocatiebeschrijving":""},
             "subVerblijfBuitenland":null}
            """#
        return #"""
        {"url":"\#(rolURL)","uuid":"\#(rolUUID)","zaak":"\#(zaakURL)","betrokkene":"","betrokkeneType":"\#(betrokkeneType)",
         "afwijkendeNaamBetrokkene":"","roltype":"\#(roltypeURL)","omschrijving":"Aanvrager","omschrijvingGeneriek":"initiator",
         "roltoelichting":"Aanvrager van de vergunning","registratiedatum":"2026-03-02T10:16:00Z","indicatieMachtiging":"",
         "contactpersoonRol":{"emailadres":"","functie":"","telefoonnummer":"","naam":"S. Moulin"},"statussen":[],
         "betrokkeneIdentificatie":\#(identificatie ?? defaultIdentificatie)}
        """#
    }

    static func zaakobjectJSON(objectType: String = "pand", identificatie: String = "null") -> String {
        #"""
        {"url":"\#(zaakobjectURL)","uuid":"\#(zaakobjectUUID)","zaak":"\#(zaakURL)",
         "object":"https://bag.example.nl/panden/0599100000012345","zaakobjecttype":"","objectType":"\#(objectType)",
         "objectTypeOverige":"","objectTypeOverigeDefinitie":null,"relatieomschrijving":"Het pand van de aanvraag",
         "objectIdentificatie":\#(identificatie)}
        """#
    }

    static func zioJSON() -> String {
        #"""
        {"url":"\#(zioURL)","uuid":"\#(zioUUID)","informatieobject":"\#(documentURL)","zaak":"\#(zaakURL)",
         "aardRelatieWeergave":"Hoort bij, omgekeerd: kent","titel":"Aanvraagformulier","beschrijving":"",
         "registratiedatum":"2026-03-02T10:17:00Z","vernietigingsdatum":null,"status":null}
        """#
    }

    static func zaakeigenschapJSON(waarde: String = "120") -> String {
        #"{"url":"\#(zaakeigenschapURL)","uuid":"\#(zaakeigenschapUUID)","zaak":"\#(zaakURL)","eigenschap":"\#(eigenschapURL)","naam":"oppervlakte","waarde":"\#(waarde)"}"#
    }

    static func audittrailJSON() -> String {
        #"""
        {"uuid":"\#(audittrailUUID)","bron":"zrc","applicatieId":"zaaksysteem","applicatieWeergave":"Zaaksysteem",
         "gebruikersId":"","gebruikersWeergave":"","actie":"create","actieWeergave":"Object aangemaakt","resultaat":201,
         "hoofdObject":"\#(zaakURL)","resource":"zaak","resourceUrl":"\#(zaakURL)","toelichting":"Aanvraag via het e-loket",
         "resourceWeergave":"ZAAK-2026-0000000001","aanmaakdatum":"2026-03-02T10:15:00Z",
         "wijzigingen":{"oud":null,"nieuw":{"identificatie":"ZAAK-2026-0000000001","bronorganisatie":"\#(rsin)"}}}
        """#
    }

    static func validatieFout(name: String, code: String = "required", reason: String = "Dit veld is vereist.") -> String {
        #"""
        {"type":"https://openzaak.example.nl/ref/fouten/ValidationError/","code":"invalid","title":"Invalid input.","status":400,
         "detail":"","instance":"urn:uuid:5c1c7a3b-1f0e-4c0a-9e2b-7d6f5a4b3c2d",
         "invalidParams":[{"name":"\#(name)","code":"\#(code)","reason":"\#(reason)"}]}
        """#
    }

    // MARK: catalogi samples

    static func catalogusJSON() -> String {
        #"""
        {"url":"\#(catalogusURL)","domein":"ZAKEN","rsin":"\#(rsin)","contactpersoonBeheerNaam":"Team Catalogi",
         "contactpersoonBeheerTelefoonnummer":"","contactpersoonBeheerEmailadres":"","zaaktypen":["\#(zaaktypeURL)"],
         "besluittypen":["\#(besluittypeURL)"],"informatieobjecttypen":["\#(informatieobjecttypeURL)"],"naam":"Sandbox",
         "versie":"","begindatumVersie":null}
        """#
    }

    static func zaaktypeJSON(informatieobjecttypen: String = "[\"\(informatieobjecttypeURL)\"]") -> String {
        #"""
        {"url":"\#(zaaktypeURL)","identificatie":"VERGUNNING","omschrijving":"Omgevingsvergunning","omschrijvingGeneriek":"",
         "vertrouwelijkheidaanduiding":"zaakvertrouwelijk","doel":"Een vergunning verlenen","aanleiding":"Een aanvraag",
         "toelichting":"","indicatieInternOfExtern":"extern","handelingInitiator":"Aanvragen","onderwerp":"Vergunning",
         "handelingBehandelaar":"Behandelen","doorlooptijd":"P8W","servicenorm":null,"opschortingEnAanhoudingMogelijk":true,
         "verlengingMogelijk":true,"verlengingstermijn":"P6W","trefwoorden":["bouwen"],"publicatieIndicatie":false,
         "publicatietekst":"","verantwoordingsrelatie":[],"productenOfDiensten":["https://producten.example.nl/vergunning"],
         "selectielijstProcestype":"","referentieproces":{"naam":"Vergunningverlening","link":""},
         "verantwoordelijke":"Afdeling Vergunningen","zaakobjecttypen":[],"broncatalogus":{"url":"","domein":"","rsin":""},
         "bronzaaktype":{"url":"","identificatie":"","omschrijving":""},"catalogus":"\#(catalogusURL)",
         "statustypen":["\#(statustypeURL)"],"resultaattypen":["\#(resultaattypeURL)"],"eigenschappen":["\#(eigenschapURL)"],
         "informatieobjecttypen":\#(informatieobjecttypen),"roltypen":["\#(roltypeURL)"],"besluittypen":["\#(besluittypeURL)"],
         "deelzaaktypen":[],"gerelateerdeZaaktypen":[],"beginGeldigheid":"2026-01-01","eindeGeldigheid":null,
         "beginObject":"2026-01-01","eindeObject":null,"versiedatum":"2026-01-01","concept":false}
        """#
    }

    static func statustypeJSON() -> String {
        #"""
        {"url":"\#(statustypeURL)","omschrijving":"Ontvangen","omschrijvingGeneriek":"","statustekst":"Uw aanvraag is ontvangen",
         "zaaktype":"\#(zaaktypeURL)","catalogus":"\#(catalogusURL)","zaaktypeIdentificatie":"VERGUNNING","volgnummer":1,
         "isEindstatus":false,"informeren":true,"doorlooptijd":null,"toelichting":null,"checklistitemStatustype":[],
         "eigenschappen":[],"beginGeldigheid":null,"eindeGeldigheid":null,"beginObject":null,"eindeObject":null,"zaakobjecttype":""}
        """#
    }

    static func roltypeJSON() -> String {
        #"""
        {"url":"\#(roltypeURL)","zaaktype":"\#(zaaktypeURL)","zaaktypeIdentificatie":"VERGUNNING","omschrijving":"Aanvrager",
         "omschrijvingGeneriek":"initiator","catalogus":"\#(catalogusURL)","beginGeldigheid":null,"eindeGeldigheid":null,
         "beginObject":null,"eindeObject":null}
        """#
    }

    static func resultaattypeJSON() -> String {
        #"""
        {"url":"\#(resultaattypeURL)","zaaktype":"\#(zaaktypeURL)","zaaktypeIdentificatie":"VERGUNNING","omschrijving":"Verleend",
         "resultaattypeomschrijving":"https://selectielijst.example.nl/api/v1/resultaattypeomschrijvingen/1",
         "omschrijvingGeneriek":"Toegekend","selectielijstklasse":"https://selectielijst.example.nl/api/v1/resultaten/1",
         "toelichting":"","archiefnominatie":"vernietigen","archiefactietermijn":"P10Y",
         "brondatumArchiefprocedure":{"afleidingswijze":"afgehandeld","datumkenmerk":"","einddatumBekend":false,"objecttype":"",
         "registratie":"","procestermijn":null},"procesobjectaard":"","catalogus":"\#(catalogusURL)","beginGeldigheid":null,
         "eindeGeldigheid":null,"beginObject":null,"eindeObject":null,"indicatieSpecifiek":null,"procestermijn":null,
         "besluittypen":[],"besluittypeOmschrijving":[],"informatieobjecttypen":[],"informatieobjecttypeOmschrijving":[],
         "zaakobjecttypen":[]}
        """#
    }

    static func eigenschapJSON() -> String {
        #"""
        {"url":"\#(eigenschapURL)","naam":"oppervlakte","catalogus":"\#(catalogusURL)","definitie":"Oppervlakte in m2",
         "specificatie":{"groep":"","formaat":"getal","lengte":"5","kardinaliteit":"1","waardenverzameling":[]},
         "toelichting":"","zaaktype":"\#(zaaktypeURL)","zaaktypeIdentificatie":"VERGUNNING","statustype":"",
         "beginGeldigheid":null,"eindeGeldigheid":null,"beginObject":null,"eindeObject":null}
        """#
    }

    static func informatieobjecttypeJSON(zaaktypen: String = "[\"\(zaaktypeURL)\"]") -> String {
        #"""
        {"url":"\#(informatieobjecttypeURL)","catalogus":"\#(catalogusURL)","omschrijving":"Aanvraagformulier",
         "vertrouwelijkheidaanduiding":"zaakvertrouwelijk","beginGeldigheid":"2026-01-01","eindeGeldigheid":null,
         "beginObject":null,"eindeObject":null,"concept":false,"zaaktypen":\#(zaaktypen),"besluittypen":[],
         "informatieobjectcategorie":"Aanvraag","trefwoord":[],"omschrijvingGeneriek":{"informatieobjecttypeOmschrijvingGeneriek":"",
         "definitieInformatieobjecttypeOmschrijvingGeneriek":"","herkomstInformatieobjecttypeOmschrijvingGeneriek":"",
         "hierarchieInformatieobjecttypeOmschrijvingGeneriek":"","opmerkingInformatieobjecttypeOmschrijvingGeneriek":null}}
        """#
    }

    static func besluittypeJSON() -> String {
        #"""
        {"url":"\#(besluittypeURL)","catalogus":"\#(catalogusURL)","zaaktypen":["\#(zaaktypeURL)"],"omschrijving":"Vergunningsbesluit",
         "omschrijvingGeneriek":"","besluitcategorie":"","reactietermijn":"P6W","publicatieIndicatie":false,"publicatietekst":"",
         "publicatietermijn":null,"toelichting":"","informatieobjecttypen":["\#(informatieobjecttypeURL)"],
         "beginGeldigheid":"2026-01-01","eindeGeldigheid":null,"beginObject":null,"eindeObject":null,"concept":false,
         "resultaattypen":[],"resultaattypenOmschrijving":[],"vastgelegdIn":[]}
        """#
    }
}
