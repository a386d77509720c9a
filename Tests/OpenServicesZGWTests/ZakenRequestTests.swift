import Foundation
import HTTPTypes
import OpenServicesCore
import OpenServicesTesting
import OpenServicesZGW
import Testing

/// The exact requests of every Zaken operation: method, path, query, headers and JSON body.
@Suite struct ZakenRequestTests {
    typealias S = ZGWTestSupport

    let zaakURL = try! ZGWResourceURL<Zaak>(S.zaakURL)
    let zaaktype = try! ZGWResourceURL<ZaakType>(S.zaaktypeURL)

    func expectCRS(_ request: RecordedRequest, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(S.header(request, "Accept-Crs") == "EPSG:4326", sourceLocation: sourceLocation)
        #expect(S.header(request, "Content-Crs") == "EPSG:4326", sourceLocation: sourceLocation)
    }

    func expectNoCRS(_ request: RecordedRequest, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(S.header(request, "Accept-Crs") == nil, sourceLocation: sourceLocation)
        #expect(S.header(request, "Content-Crs") == nil, sourceLocation: sourceLocation)
    }

    @Test func listZakenSendsTheFiltersAsQueryWithCRSAndJWT() async throws {
        let connector = S.responder()
        var query = ZaakQuery(zaaktype: zaaktype, bronorganisatie: try RSIN(S.rsin))
        query.startdatumOnOrAfter = "2026-01-01"
        query.startdatumBefore = "2026-04-01"
        query.einddatumIsNull = true
        query.archiefstatusIn = [.nogTeArchiveren, .gearchiveerd]
        query.rolOmschrijvingGeneriek = .initiator
        query.ordering = ["-startdatum", "identificatie"]
        let page = try await S.zaken(connector).zaken(query, page: 2)

        #expect(page.count == 1)
        #expect(page.results.first?.identificatie == "ZAAK-2026-0000000001")
        let request = try #require(connector.requests.first)
        #expect(request.head.method == .get)
        #expect(S.path(request) == "/zaken/api/v1/zaken")
        #expect(S.query(request) == [
            "zaaktype": S.zaaktypeURL, "bronorganisatie": S.rsin, "startdatum__gte": "2026-01-01", "startdatum__lt": "2026-04-01",
            "einddatum__isnull": "true", "archiefstatus__in": "nog_te_archiveren,gearchiveerd", "rol__omschrijvingGeneriek": "initiator",
            "ordering": "-startdatum,identificatie", "page": "2",
        ])
        expectCRS(request)
        #expect(S.header(request, "Accept") == "application/json")
        #expect(S.header(request, "Authorization")?.hasPrefix("Bearer ey") == true)
        #expect(request.body == nil)
    }

    @Test func aBSNFilterGoesToZoekInTheBodyAndNeverIntoTheURL() async throws {
        let connector = S.responder()
        var query = ZaakQuery(zaaktype: zaaktype, bsn: try BSN(S.bsn))
        query.einddatumIsNull = false
        query.archiefstatusIn = [.nogTeArchiveren]
        let page = try await S.zaken(connector).zaken(query)

        #expect(page.results.count == 1)
        let request = try #require(connector.requests.first)
        #expect(request.head.method == .post)
        #expect(request.head.path == "/zaken/api/v1/zaken/_zoek")
        #expect(!(request.head.path ?? "").contains(S.bsn))
        expectCRS(request)
        #expect(S.header(request, "Content-Type") == "application/json")
        let body = S.json(request)
        #expect(body["rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn"] as? String == S.bsn)
        #expect(body["zaaktype"] as? String == S.zaaktypeURL)
        #expect(body["einddatum__isnull"] as? Bool == false)
        #expect(body["archiefstatus__in"] as? [String] == ["nog_te_archiveren"])
        #expect(body.count == 4)
        #expect(!String(describing: query).contains(S.bsn))
    }

    @Test func zoekPagesPostTheSameBodyToEveryNextLink() async throws {
        let connector = ScriptedConnector([
            .json(S.page([S.zaakJSON()], count: 2, next: "\(S.zakenRoot)/zaken/_zoek?page=2")),
            .json(S.page([S.zaakJSON(identificatie: "ZAAK-2026-0000000002")], count: 2)),
        ])
        let zaken = try await S.zaken(connector).allZaken(ZaakQuery(bsn: try BSN(S.bsn))).items.reduce(into: [Zaak]()) { $0.append($1) }

        #expect(zaken.map(\.identificatie) == ["ZAAK-2026-0000000001", "ZAAK-2026-0000000002"])
        #expect(connector.requests.map(\.head.path) == ["/zaken/api/v1/zaken/_zoek", "/zaken/api/v1/zaken/_zoek?page=2"])
        #expect(connector.requests.allSatisfy { $0.head.method == .post })
        #expect(connector.requests[0].body == connector.requests[1].body)
        #expect(S.json(connector.requests[1])["rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn"] as? String == S.bsn)
    }

    @Test func zakenPagesFollowNext() async throws {
        let connector = ScriptedConnector([
            .json(S.page([S.zaakJSON()], count: 2, next: "\(S.zakenRoot)/zaken?zaaktype=x&page=2")),
            .json(S.page([S.zaakJSON(identificatie: "ZAAK-2026-0000000002")], count: 2)),
        ])
        let pages = try await S.zaken(connector).allZaken(ZaakQuery(identificatie: "ZAAK")).collect()

        #expect(pages.flatMap(\.results).map(\.identificatie) == ["ZAAK-2026-0000000001", "ZAAK-2026-0000000002"])
        #expect(connector.requests.map(\.head.path) == ["/zaken/api/v1/zaken?identificatie=ZAAK", "/zaken/api/v1/zaken?zaaktype=x&page=2"])
        connector.requests.forEach { expectCRS($0) }
    }

    @Test func zaakReadAndWriteOperations() async throws {
        let connector = S.responder()
        let zaken = try S.zaken(connector)
        let audit = ZGWCallOptions(auditExplanation: "Aanvraag via het e-loket")

        _ = try await zaken.zaak(UUID(uuidString: S.zaakUUID)!)
        _ = try await zaken.zaak(at: zaakURL)
        var input = ZaakInput(
            zaaktype: zaaktype, bronorganisatie: try RSIN(S.rsin), verantwoordelijkeOrganisatie: try RSIN(S.rsin),
            startdatum: "2026-03-02", omschrijving: "Aanvraag omgevingsvergunning Dorpsstraat 1")
        input.vertrouwelijkheidaanduiding = .zaakvertrouwelijk
        input.zaakgeometrie = .object(["type": .string("Point"), "coordinates": .array([.number(4.5), .number(51.9)])])
        let created = try await zaken.createZaak(input, options: audit)
        _ = try await zaken.updateZaak(created.url, with: ZaakInput(created), options: audit)
        var patch = ZaakPatch()
        patch.toelichting = "Aanvullende stukken ontvangen"
        _ = try await zaken.patchZaak(created.url, with: patch, options: audit)
        try await zaken.deleteZaak(created.url, options: audit)

        let requests = connector.requests
        #expect(requests.map(\.head.method) == [.get, .get, .post, .put, .patch, .delete])
        #expect(requests.map { S.path($0) } == [
            "/zaken/api/v1/zaken/\(S.zaakUUID)", "/zaken/api/v1/zaken/\(S.zaakUUID)", "/zaken/api/v1/zaken",
            "/zaken/api/v1/zaken/\(S.zaakUUID)", "/zaken/api/v1/zaken/\(S.zaakUUID)", "/zaken/api/v1/zaken/\(S.zaakUUID)",
        ])
        requests.forEach { expectCRS($0) }
        #expect(requests[0...1].allSatisfy { S.header($0, "X-Audit-Toelichting") == nil })
        #expect(requests[2...].allSatisfy { S.header($0, "X-Audit-Toelichting") == "Aanvraag via het e-loket" })
        #expect(S.header(requests[2], "Content-Type") == "application/json")

        let createBody = S.json(requests[2])
        #expect(createBody as NSDictionary == [
            "zaaktype": S.zaaktypeURL, "bronorganisatie": S.rsin, "verantwoordelijkeOrganisatie": S.rsin, "startdatum": "2026-03-02",
            "omschrijving": "Aanvraag omgevingsvergunning Dorpsstraat 1", "vertrouwelijkheidaanduiding": "zaakvertrouwelijk",
            "zaakgeometrie": ["type": "Point", "coordinates": [4.5, 51.9]],
        ] as NSDictionary)
        let putBody = S.json(requests[3])
        #expect(putBody["identificatie"] as? String == "ZAAK-2026-0000000001")
        #expect(putBody["kenmerken"] as? [[String: String]] == [["kenmerk": "LOKET-42", "bron": "e-loket"]])
        #expect(putBody["url"] == nil && putBody["rollen"] == nil, "read-only fields are not sent")
        #expect(S.json(requests[4]) as NSDictionary == ["toelichting": "Aanvullende stukken ontvangen"] as NSDictionary)
        #expect(requests[5].body == nil)
    }

    @Test func statussenRequests() async throws {
        let connector = S.responder()
        let zaken = try S.zaken(connector)
        let statustype = try ZGWResourceURL<StatusType>(S.statustypeURL)

        _ = try await zaken.statussen(zaak: zaakURL, statustype: statustype)
        _ = try await zaken.allStatussen(zaak: zaakURL).collect()
        _ = try await zaken.status(UUID(uuidString: S.statusUUID)!)
        _ = try await zaken.status(at: try ZGWResourceURL(S.statusURL))
        let status = try await zaken.createStatus(
            StatusInput(zaak: zaakURL, statustype: statustype, datumStatusGezet: "2026-03-02T10:15:30Z", statustoelichting: "Ontvangen"),
            options: ZGWCallOptions(auditExplanation: "Intake"))

        #expect(status.indicatieLaatstGezetteStatus)
        let requests = connector.requests
        #expect(requests.map(\.head.path) == [
            "/zaken/api/v1/statussen?zaak=\(S.zaakURL.encodedForQuery)&statustype=\(S.statustypeURL.encodedForQuery)",
            "/zaken/api/v1/statussen?zaak=\(S.zaakURL.encodedForQuery)",
            "/zaken/api/v1/statussen/\(S.statusUUID)", "/zaken/api/v1/statussen/\(S.statusUUID)", "/zaken/api/v1/statussen",
        ])
        #expect(S.query(requests[0]) == ["zaak": S.zaakURL, "statustype": S.statustypeURL])
        requests.forEach { expectNoCRS($0) }
        #expect(requests[4].head.method == .post)
        #expect(S.header(requests[4], "X-Audit-Toelichting") == "Intake")
        #expect(S.json(requests[4]) as NSDictionary == [
            "zaak": S.zaakURL, "statustype": S.statustypeURL, "datumStatusGezet": "2026-03-02T10:15:30Z", "statustoelichting": "Ontvangen",
        ] as NSDictionary)
    }

    @Test func statusInputFormatsADateAsISO8601() throws {
        let input = StatusInput(
            zaak: zaakURL, statustype: try ZGWResourceURL(S.statustypeURL), gezet: Date(timeIntervalSince1970: 1_772_446_530))
        #expect(input.datumStatusGezet == "2026-03-02T10:15:30Z")
    }

    @Test func resultatenRequests() async throws {
        let connector = S.responder()
        let zaken = try S.zaken(connector)
        let resultaattype = try ZGWResourceURL<ResultaatType>(S.resultaattypeURL)
        let url = try ZGWResourceURL<Resultaat>(S.resultaatURL)

        _ = try await zaken.resultaten(zaak: zaakURL, page: 1)
        _ = try await zaken.allResultaten(resultaattype: resultaattype).collect()
        _ = try await zaken.resultaat(UUID(uuidString: S.resultaatUUID)!)
        _ = try await zaken.resultaat(at: url)
        _ = try await zaken.createResultaat(ResultaatInput(zaak: zaakURL, resultaattype: resultaattype, toelichting: "Verleend"))
        _ = try await zaken.updateResultaat(url, with: ResultaatInput(zaak: zaakURL, resultaattype: resultaattype))
        try await zaken.deleteResultaat(url, options: ZGWCallOptions(auditExplanation: "Onjuist resultaat"))

        let requests = connector.requests
        #expect(requests.map(\.head.method) == [.get, .get, .get, .get, .post, .put, .delete])
        #expect(S.query(requests[0]) == ["zaak": S.zaakURL, "page": "1"])
        #expect(S.query(requests[1]) == ["resultaattype": S.resultaattypeURL])
        #expect(requests[2...].map { S.path($0) } == [
            "/zaken/api/v1/resultaten/\(S.resultaatUUID)", "/zaken/api/v1/resultaten/\(S.resultaatUUID)", "/zaken/api/v1/resultaten",
            "/zaken/api/v1/resultaten/\(S.resultaatUUID)", "/zaken/api/v1/resultaten/\(S.resultaatUUID)",
        ])
        #expect(S.json(requests[4]) as NSDictionary == ["zaak": S.zaakURL, "resultaattype": S.resultaattypeURL, "toelichting": "Verleend"] as NSDictionary)
        #expect(S.json(requests[5]) as NSDictionary == ["zaak": S.zaakURL, "resultaattype": S.resultaattypeURL] as NSDictionary)
        #expect(S.header(requests[6], "X-Audit-Toelichting") == "Onjuist resultaat")
        requests.forEach { expectNoCRS($0) }
    }

    @Test func rollenRequests() async throws {
        let connector = S.responder()
        let zaken = try S.zaken(connector)
        let roltype = try ZGWResourceURL<RolType>(S.roltypeURL)
        var query = RolQuery(zaak: zaakURL, betrokkeneType: .natuurlijkPersoon, omschrijvingGeneriek: .initiator)
        query.medewerkerIdentificatie = "mdw-042"

        _ = try await zaken.rollen(query)
        _ = try await zaken.allRollen(RolQuery(roltype: roltype)).collect()
        _ = try await zaken.rol(UUID(uuidString: S.rolUUID)!)
        let rol = try await zaken.rol(at: try ZGWResourceURL(S.rolURL))
        let persoon = RolNatuurlijkPersoon(inpBsn: try BSN(S.bsn), geslachtsnaam: "Moulin", voornamen: "Suzanne")
        _ = try await zaken.createRol(
            RolInput(zaak: zaakURL, roltype: roltype, betrokkene: .natuurlijkPersoon(persoon), roltoelichting: "Aanvrager",
                     contactpersoonRol: ContactPersoonRol(naam: "S. Moulin")),
            options: ZGWCallOptions(auditExplanation: "Aanvrager vastgelegd"))
        try await zaken.deleteRol(rol.url)

        let requests = connector.requests
        #expect(S.query(requests[0]) == [
            "zaak": S.zaakURL, "betrokkeneType": "natuurlijk_persoon", "omschrijvingGeneriek": "initiator",
            "betrokkeneIdentificatie__medewerker__identificatie": "mdw-042",
        ])
        #expect(S.query(requests[1]) == ["roltype": S.roltypeURL])
        #expect(requests[2...].map { S.path($0) } == [
            "/zaken/api/v1/rollen/\(S.rolUUID)", "/zaken/api/v1/rollen/\(S.rolUUID)", "/zaken/api/v1/rollen", "/zaken/api/v1/rollen/\(S.rolUUID)",
        ])
        #expect(requests.map(\.head.method) == [.get, .get, .get, .get, .post, .delete])
        #expect(S.json(requests[4]) as NSDictionary == [
            "zaak": S.zaakURL, "roltype": S.roltypeURL, "betrokkeneType": "natuurlijk_persoon", "roltoelichting": "Aanvrager",
            "contactpersoonRol": ["naam": "S. Moulin"],
            "betrokkeneIdentificatie": ["inpBsn": S.bsn, "geslachtsnaam": "Moulin", "voornamen": "Suzanne"],
        ] as NSDictionary)
        #expect(S.header(requests[4], "X-Audit-Toelichting") == "Aanvrager vastgelegd")
        #expect(requests.allSatisfy { !($0.head.path ?? "").contains(S.bsn) })
    }

    @Test func zaakObjectenRequests() async throws {
        let connector = S.responder()
        let zaken = try S.zaken(connector)
        let url = try ZGWResourceURL<ZaakObject>(S.zaakobjectURL)
        let pand = "https://bag.example.nl/panden/0599100000012345"

        _ = try await zaken.zaakObjecten(zaak: zaakURL, object: pand, objectType: .pand)
        _ = try await zaken.allZaakObjecten(zaak: zaakURL).collect()
        _ = try await zaken.zaakObject(UUID(uuidString: S.zaakobjectUUID)!)
        _ = try await zaken.zaakObject(at: url)
        let input = ZaakObjectInput(zaak: zaakURL, objectType: .pand, object: pand, relatieomschrijving: "Het pand van de aanvraag")
        _ = try await zaken.createZaakObject(input)
        _ = try await zaken.updateZaakObject(url, with: input)
        try await zaken.deleteZaakObject(url)

        let requests = connector.requests
        #expect(requests.map(\.head.method) == [.get, .get, .get, .get, .post, .put, .delete])
        #expect(S.query(requests[0]) == ["zaak": S.zaakURL, "object": pand, "objectType": "pand"])
        #expect(requests[2...].map { S.path($0) } == [
            "/zaken/api/v1/zaakobjecten/\(S.zaakobjectUUID)", "/zaken/api/v1/zaakobjecten/\(S.zaakobjectUUID)", "/zaken/api/v1/zaakobjecten",
            "/zaken/api/v1/zaakobjecten/\(S.zaakobjectUUID)", "/zaken/api/v1/zaakobjecten/\(S.zaakobjectUUID)",
        ])
        let expected: NSDictionary = ["zaak": S.zaakURL, "objectType": "pand", "object": pand, "relatieomschrijving": "Het pand van de aanvraag"]
        #expect(S.json(requests[4]) as NSDictionary == expected)
        #expect(S.json(requests[5]) as NSDictionary == expected)
    }

    @Test func zaakInformatieObjectenRequests() async throws {
        let connector = S.responder()
        let zaken = try S.zaken(connector)
        let url = try ZGWResourceURL<ZaakInformatieObject>(S.zioURL)
        let document = URL(string: S.documentURL)!

        let links = try await zaken.zaakInformatieObjecten(zaak: zaakURL, informatieobject: document)
        _ = try await zaken.zaakInformatieObject(UUID(uuidString: S.zioUUID)!)
        _ = try await zaken.zaakInformatieObject(at: url)
        let input = ZaakInformatieObjectInput(zaak: zaakURL, informatieobject: document, titel: "Aanvraagformulier")
        _ = try await zaken.createZaakInformatieObject(input, options: ZGWCallOptions(auditExplanation: "Formulier bijgevoegd"))
        _ = try await zaken.updateZaakInformatieObject(url, with: input)
        try await zaken.deleteZaakInformatieObject(url)

        #expect(links.first?.titel == "Aanvraagformulier")
        let requests = connector.requests
        #expect(requests.map(\.head.method) == [.get, .get, .get, .post, .put, .delete])
        #expect(S.query(requests[0]) == ["zaak": S.zaakURL, "informatieobject": S.documentURL])
        #expect(requests[1...].map { S.path($0) } == [
            "/zaken/api/v1/zaakinformatieobjecten/\(S.zioUUID)", "/zaken/api/v1/zaakinformatieobjecten/\(S.zioUUID)",
            "/zaken/api/v1/zaakinformatieobjecten", "/zaken/api/v1/zaakinformatieobjecten/\(S.zioUUID)",
            "/zaken/api/v1/zaakinformatieobjecten/\(S.zioUUID)",
        ])
        #expect(S.json(requests[3]) as NSDictionary == ["zaak": S.zaakURL, "informatieobject": S.documentURL, "titel": "Aanvraagformulier"] as NSDictionary)
        #expect(S.header(requests[3], "X-Audit-Toelichting") == "Formulier bijgevoegd")
    }

    @Test func zaakEigenschappenAreNestedUnderTheirZaak() async throws {
        let connector = S.responder()
        let zaken = try S.zaken(connector)
        let url = try ZGWResourceURL<ZaakEigenschap>(S.zaakeigenschapURL)
        let eigenschap = try ZGWResourceURL<Eigenschap>(S.eigenschapURL)

        let waarden = try await zaken.zaakEigenschappen(of: zaakURL)
        _ = try await zaken.zaakEigenschap(UUID(uuidString: S.zaakeigenschapUUID)!, zaak: UUID(uuidString: S.zaakUUID)!)
        _ = try await zaken.zaakEigenschap(at: url)
        _ = try await zaken.createZaakEigenschap(ZaakEigenschapInput(zaak: zaakURL, eigenschap: eigenschap, waarde: "120"))
        _ = try await zaken.updateZaakEigenschap(url, with: ZaakEigenschapInput(zaak: zaakURL, eigenschap: eigenschap, waarde: "135"))
        try await zaken.deleteZaakEigenschap(url)

        #expect(waarden.map(\.waarde) == ["120"])
        let requests = connector.requests
        let base = "/zaken/api/v1/zaken/\(S.zaakUUID)/zaakeigenschappen"
        #expect(requests.map(\.head.method) == [.get, .get, .get, .post, .put, .delete])
        #expect(requests.map { S.path($0) } == [
            base, "\(base)/\(S.zaakeigenschapUUID)", "\(base)/\(S.zaakeigenschapUUID)", base,
            "\(base)/\(S.zaakeigenschapUUID)", "\(base)/\(S.zaakeigenschapUUID)",
        ])
        #expect(S.json(requests[3]) as NSDictionary == ["zaak": S.zaakURL, "eigenschap": S.eigenschapURL, "waarde": "120"] as NSDictionary)
        #expect(S.json(requests[4])["waarde"] as? String == "135")
    }

    @Test func auditTrailRequests() async throws {
        let connector = S.responder()
        let zaken = try S.zaken(connector)

        let regels = try await zaken.auditTrail(of: zaakURL)
        let regel = try await zaken.auditTrailEntry(UUID(uuidString: S.audittrailUUID)!, of: zaakURL)

        #expect(regels.count == 1)
        #expect(regel.toelichting == "Aanvraag via het e-loket")
        #expect(regel.wijzigingen.oud == nil)
        #expect(regel.wijzigingen.nieuw?["identificatie"] == .string("ZAAK-2026-0000000001"))
        #expect(connector.requests.map { S.path($0) } == [
            "/zaken/api/v1/zaken/\(S.zaakUUID)/audittrail", "/zaken/api/v1/zaken/\(S.zaakUUID)/audittrail/\(S.audittrailUUID)",
        ])
    }
}

extension String {
    /// The text percent-encoded as a query value.
    var encodedForQuery: String { OperationURL.encode(self) }
}
