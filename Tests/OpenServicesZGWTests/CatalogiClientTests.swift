import Foundation
import OpenServicesCore
import OpenServicesTesting
import OpenServicesZGW
import Testing

/// The Catalogi client: the requests of every list and read, and the decoding of every type.
@Suite struct CatalogiClientTests {
    typealias S = ZGWTestSupport

    let catalogus = try! ZGWResourceURL<Catalogus>(S.catalogusURL)
    let zaaktype = try! ZGWResourceURL<ZaakType>(S.zaaktypeURL)

    @Test func listsSendTheirFiltersAndTheStatus() async throws {
        let connector = S.responder()
        let catalogi = try S.catalogi(connector)
        let informatieobjecttype = try ZGWResourceURL<InformatieObjectType>(S.informatieobjecttypeURL)

        _ = try await catalogi.catalogussen(domein: "ZAKEN", rsin: S.rsin)
        _ = try await catalogi.zaaktypen(catalogus: catalogus, identificatie: "VERGUNNING", trefwoorden: ["bouwen", "wonen"], status: .alles, page: 2)
        _ = try await catalogi.statustypen(zaaktype: zaaktype, status: .definitief)
        _ = try await catalogi.roltypen(zaaktype: zaaktype, omschrijvingGeneriek: .initiator, status: .concept)
        _ = try await catalogi.resultaattypen(zaaktype: zaaktype, status: .alles)
        _ = try await catalogi.eigenschappen(zaaktype: zaaktype)
        _ = try await catalogi.informatieobjecttypen(catalogus: catalogus, status: .alles)
        _ = try await catalogi.besluittypen(catalogus: catalogus, zaaktypen: zaaktype, informatieobjecttypen: informatieobjecttype, status: .alles)

        let requests = connector.requests
        #expect(requests.allSatisfy { $0.head.method == .get && S.header($0, "Accept-Crs") == nil })
        #expect(requests.map { S.path($0) } == [
            "/catalogi/api/v1/catalogussen", "/catalogi/api/v1/zaaktypen", "/catalogi/api/v1/statustypen", "/catalogi/api/v1/roltypen",
            "/catalogi/api/v1/resultaattypen", "/catalogi/api/v1/eigenschappen", "/catalogi/api/v1/informatieobjecttypen",
            "/catalogi/api/v1/besluittypen",
        ])
        #expect(requests.map { S.query($0) } == [
            ["domein": "ZAKEN", "rsin": S.rsin],
            ["catalogus": S.catalogusURL, "identificatie": "VERGUNNING", "trefwoorden": "bouwen,wonen", "status": "alles", "page": "2"],
            ["zaaktype": S.zaaktypeURL, "status": "definitief"],
            ["zaaktype": S.zaaktypeURL, "omschrijvingGeneriek": "initiator", "status": "concept"],
            ["zaaktype": S.zaaktypeURL, "status": "alles"],
            ["zaaktype": S.zaaktypeURL],
            ["catalogus": S.catalogusURL, "status": "alles"],
            ["catalogus": S.catalogusURL, "zaaktypen": S.zaaktypeURL, "informatieobjecttypen": S.informatieobjecttypeURL, "status": "alles"],
        ])
    }

    @Test func everyListHasAnAllPagesForm() async throws {
        let connector = S.responder()
        let catalogi = try S.catalogi(connector)
        #expect(try await catalogi.allCatalogussen().collect().flatMap(\.results).count == 1)
        #expect(try await catalogi.allZaaktypen(status: .alles).collect().flatMap(\.results).count == 1)
        #expect(try await catalogi.allStatustypen(zaaktype: zaaktype).collect().flatMap(\.results).count == 1)
        #expect(try await catalogi.allRoltypen(zaaktype: zaaktype).collect().flatMap(\.results).count == 1)
        #expect(try await catalogi.allResultaattypen(zaaktype: zaaktype).collect().flatMap(\.results).count == 1)
        #expect(try await catalogi.allEigenschappen(zaaktype: zaaktype).collect().flatMap(\.results).count == 1)
        #expect(try await catalogi.allInformatieobjecttypen(catalogus: catalogus).collect().flatMap(\.results).count == 1)
        #expect(try await catalogi.allBesluittypen(catalogus: catalogus).collect().flatMap(\.results).count == 1)
        #expect(connector.requests.count == 8)
        #expect(S.query(connector.requests[1]) == ["status": "alles"])
    }

    @Test func pagesFollowNext() async throws {
        let connector = ScriptedConnector([
            .json(S.page([S.zaaktypeJSON()], count: 2, next: "\(S.catalogiRoot)/zaaktypen?page=2&status=alles")),
            .json(S.page([S.zaaktypeJSON()], count: 2)),
        ])
        let pages = try await S.catalogi(connector).allZaaktypen(status: .alles).collect()
        #expect(pages.count == 2)
        #expect(connector.requests.map(\.head.path) == ["/catalogi/api/v1/zaaktypen?status=alles", "/catalogi/api/v1/zaaktypen?page=2&status=alles"])
    }

    @Test func readsByUUIDAndByURL() async throws {
        let connector = S.responder()
        let catalogi = try S.catalogi(connector)
        func uuid(_ url: String) -> UUID { UUID(uuidString: String(url.split(separator: "/").last!))! }

        #expect(try await catalogi.catalogus(uuid(S.catalogusURL)).domein == "ZAKEN")
        #expect(try await catalogi.catalogus(at: catalogus).zaaktypen == [zaaktype])
        #expect(try await catalogi.zaaktype(uuid(S.zaaktypeURL)).identificatie == "VERGUNNING")
        let type = try await catalogi.zaaktype(at: zaaktype)
        #expect(try await catalogi.statustype(uuid(S.statustypeURL)).volgnummer == 1)
        #expect(try await catalogi.statustype(at: type.statustypen[0]).omschrijving == "Ontvangen")
        #expect(try await catalogi.roltype(uuid(S.roltypeURL)).omschrijvingGeneriek == .initiator)
        #expect(try await catalogi.roltype(at: type.roltypen[0]).omschrijving == "Aanvrager")
        #expect(try await catalogi.resultaattype(uuid(S.resultaattypeURL)).archiefnominatie == .vernietigen)
        #expect(try await catalogi.resultaattype(at: type.resultaattypen[0]).omschrijving == "Verleend")
        #expect(try await catalogi.eigenschap(uuid(S.eigenschapURL)).specificatie.formaat == "getal")
        #expect(try await catalogi.eigenschap(at: type.eigenschappen[0]).naam == "oppervlakte")
        #expect(try await catalogi.informatieobjecttype(uuid(S.informatieobjecttypeURL)).omschrijving == "Aanvraagformulier")
        #expect(try await catalogi.informatieobjecttype(at: type.informatieobjecttypen[0]).zaaktypen == [zaaktype])
        #expect(try await catalogi.besluittype(uuid(S.besluittypeURL)).omschrijving == "Vergunningsbesluit")
        #expect(try await catalogi.besluittype(at: type.besluittypen[0]).reactietermijn == "P6W")

        let paths = connector.requests.map { S.path($0) }
        #expect(paths.count == 16)
        for index in stride(from: 0, to: 16, by: 2) {
            #expect(paths[index] == paths[index + 1], "by UUID and by URL reach the same resource")
        }
        #expect(paths[2] == "/catalogi/api/v1/zaaktypen/\(S.zaaktypeUUID)")
    }

    @Test func typesDecodeWithBlankChoicesAsAbsent() throws {
        let decoder = JSONDecoder()
        let zaaktype = try decoder.decode(ZaakType.self, from: Data(S.zaaktypeJSON().utf8))
        #expect(zaaktype.vertrouwelijkheidaanduiding == .zaakvertrouwelijk)
        #expect(zaaktype.doorlooptijd == "P8W")
        #expect(zaaktype.servicenorm == nil)
        #expect(zaaktype.referentieproces == ReferentieProces(naam: "Vergunningverlening", link: ""))
        #expect(zaaktype.concept == false)
        #expect(zaaktype.uuid == UUID(uuidString: S.zaaktypeUUID))
        let eigenschap = try decoder.decode(Eigenschap.self, from: Data(S.eigenschapJSON().utf8))
        #expect(eigenschap.statustype == nil, "\"\" is no statustype")
        let resultaattype = try decoder.decode(ResultaatType.self, from: Data(S.resultaattypeJSON().utf8))
        #expect(resultaattype.brondatumArchiefprocedure?.afleidingswijze == "afgehandeld")
        let informatieobjecttype = try decoder.decode(InformatieObjectType.self, from: Data(S.informatieobjecttypeJSON().utf8))
        #expect(informatieobjecttype.omschrijvingGeneriek?["informatieobjecttypeOmschrijvingGeneriek"] == .string(""))
    }

    @Test func listsTheSpecificationTypesAsAStringDecodeToo() throws {
        let single = try JSONDecoder().decode(ZaakType.self, from: Data(S.zaaktypeJSON(informatieobjecttypen: "\"\(S.informatieobjecttypeURL)\"").utf8))
        #expect(single.informatieobjecttypen.map(\.description) == [S.informatieobjecttypeURL])
        let blank = try JSONDecoder().decode(ZaakType.self, from: Data(S.zaaktypeJSON(informatieobjecttypen: "\"\"").utf8))
        #expect(blank.informatieobjecttypen.isEmpty)
        let iot = try JSONDecoder().decode(InformatieObjectType.self, from: Data(S.informatieobjecttypeJSON(zaaktypen: "\"\(S.zaaktypeURL)\"").utf8))
        #expect(iot.zaaktypen.map(\.description) == [S.zaaktypeURL])
    }

    @Test func aZakenURLIsNotACatalogiURL() async throws {
        let connector = S.responder()
        let error = try await #require(throws: OpenServicesError.self) {
            try await S.catalogi(connector).zaaktype(at: try ZGWResourceURL<ZaakType>(S.zaakURL))
        }
        #expect(error.code == .invalidInput)
        #expect(error.service == "catalogi")
        let wrongCollection = try await #require(throws: OpenServicesError.self) {
            try await S.catalogi(connector).roltype(at: try ZGWResourceURL<RolType>(S.statustypeURL))
        }
        #expect(wrongCollection.message.contains("/roltypen"))
        #expect(connector.requests.isEmpty)
    }

    @Test func catalogiStatusHasTheThreeOfficialValues() {
        #expect(CatalogiStatus.allCases.map(\.rawValue) == ["alles", "concept", "definitief"])
    }
}
