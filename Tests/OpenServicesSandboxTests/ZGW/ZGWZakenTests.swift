import Foundation
import HTTPTypes
import OpenServicesSandbox
import Testing

@Suite("ZGW sandbox: Zaken")
struct ZGWZakenTests {
    @Test("GET /zaken pages the seed zaken with count/next/previous/results and API-version")
    func listZaken() async throws {
        let zgw = ZGWTestSandbox()
        let answer = try await zgw.call(.get, "zaken", "/zaken")
        #expect(answer.status == .ok)
        #expect(answer.headers[HTTPField.Name("API-version")!] == "1.5.1")
        #expect(answer["count"] as? Int == 5)
        #expect(answer["next"] is NSNull)
        #expect(answer["previous"] is NSNull)
        let first = try #require(answer.results.first)
        #expect(first["identificatie"] as? String == "ZAAK-2026-0000000001")
        #expect((first["url"] as? String)?.hasPrefix("http://\(Sandbox.host)/zaken/api/v1/zaken/") == true)
        #expect(first["zaaktype"] as? String == zgw.url(ZGWSandbox.zaaktypeMelding))
        #expect((first["rollen"] as? [String])?.count == 1)
        #expect(first["status"] as? String != nil)
        #expect(try await zgw.call(.get, "zaken", "/zaken?page=2").status == .notFound)
    }

    @Test("list filters: zaaktype, bronorganisatie, identificatie, the betrokkene's BSN; unknown parameters are refused")
    func filters() async throws {
        let zgw = ZGWTestSandbox()
        let zaaktype = zgw.url(ZGWSandbox.zaaktypeParkeervergunning).addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        #expect(try await zgw.call(.get, "zaken", "/zaken?zaaktype=\(zaaktype)")["count"] as? Int == 2)
        #expect(try await zgw.call(.get, "zaken", "/zaken?bronorganisatie=\(ZGWSandbox.rsin)")["count"] as? Int == 5)
        #expect(try await zgw.call(.get, "zaken", "/zaken?bronorganisatie=123456782")["count"] as? Int == 0)
        let one = try await zgw.call(.get, "zaken", "/zaken?identificatie=ZAAK-2026-0000000004")
        #expect(one.results.first?["einddatum"] as? String == "2026-10-20")
        let moulin = try await zgw.call(.get, "zaken", "/zaken?rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn=999993653")
        #expect(Set(moulin.results.compactMap { $0["identificatie"] as? String }) == ["ZAAK-2026-0000000001", "ZAAK-2026-0000000003"])
        let unknown = try await zgw.call(.get, "zaken", "/zaken?foo=bar")
        #expect(unknown.status == .badRequest)
        #expect(unknown.invalid == ["nonFieldErrors unknown-parameters"])
        #expect(try await zgw.call(.get, "zaken", "/zaken?zaaktype=geen-url").invalid == ["zaaktype invalid"])
        #expect(try await zgw.call(.get, "zaken", "/zaken?startdatum__gte=2026-11-10")["count"] as? Int == 3)
    }

    @Test("POST /zaken/_zoek filters by the BSN in the body, so it stays out of the URL")
    func search() async throws {
        let zgw = ZGWTestSandbox()
        let answer = try await zgw.call(.post, "zaken", "/zaken/_zoek", json: [
            "rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": "999990007",
            "zaaktype__in": [zgw.url(ZGWSandbox.zaaktypeMelding)],
        ])
        #expect(answer.status == .ok)
        #expect(answer.results.map { $0["identificatie"] as? String } == ["ZAAK-2026-0000000002"])
    }

    @Test("the Zaken endpoints answer 412 without Accept-Crs, and without Content-Crs on a write")
    func crs() async throws {
        let zgw = ZGWTestSandbox()
        let missing = try await zgw.call(.get, "zaken", "/zaken", crs: false)
        #expect(missing.status == .preconditionFailed)
        #expect(missing.string("code") == "precondition_failed")
        let accept: HTTPFields = [HTTPField.Name("Accept-Crs")!: "EPSG:4326"]
        #expect(try await zgw.call(.get, "zaken", "/zaken", headers: accept, crs: false).status == .ok)
        let noContentCrs = try await zgw.call(.post, "zaken", "/zaken", json: [:], headers: accept, crs: false)
        #expect(noContentCrs.status == .preconditionFailed)
        #expect(try await zgw.call(.get, "zaken", "/statussen", crs: false).status == .ok)
    }

    @Test("creating a zaak generates its identificatie and takes the vertrouwelijkheidaanduiding of the zaaktype")
    func createZaak() async throws {
        let zgw = ZGWTestSandbox()
        let zaak = try await zgw.createZaak()
        #expect(zaak.status == .created)
        #expect(zaak.string("identificatie")?.range(of: #"^ZAAK-\d{4}-0000000006$"#, options: .regularExpression) != nil)
        #expect(zaak.string("vertrouwelijkheidaanduiding") == "zaakvertrouwelijk")
        #expect(zaak["einddatum"] is NSNull)
        #expect(zaak["status"] is NSNull)
        #expect(zaak.string("archiefstatus") == "nog_te_archiveren")
        let read = try await zgw.call(.get, "zaken", zaak.string("url")!)
        #expect(read.string("uuid") == zaak.string("uuid"))
    }

    @Test("validation errors name each field like Open Zaak: required, invalid RSIN, bad URL, unknown reference, concept zaaktype")
    func validation() async throws {
        let zgw = ZGWTestSandbox()
        let empty = try await zgw.call(.post, "zaken", "/zaken", json: [:])
        #expect(empty.status == .badRequest)
        #expect(empty.string("code") == "invalid")
        #expect(Set(empty.invalid) == [
            "bronorganisatie required", "zaaktype required", "verantwoordelijkeOrganisatie required", "startdatum required",
        ])
        let bad = try await zgw.call(.post, "zaken", "/zaken", json: [
            "zaaktype": "geen url", "bronorganisatie": "123456789", "verantwoordelijkeOrganisatie": ZGWSandbox.rsin,
            "startdatum": "29-11-2026",
        ])
        #expect(Set(bad.invalid) == ["zaaktype invalid", "bronorganisatie invalid", "startdatum invalid"])
        var body: [String: Any] = [
            "zaaktype": zgw.url("catalogi", "/zaaktypen/00000000-0000-4000-8000-000000000000"), "bronorganisatie": ZGWSandbox.rsin,
            "verantwoordelijkeOrganisatie": ZGWSandbox.rsin, "startdatum": "2026-11-29",
        ]
        #expect(try await zgw.call(.post, "zaken", "/zaken", json: body).invalid == ["zaaktype does_not_exist"])
        body["zaaktype"] = "https://elders.example/catalogi/api/v2/zaaktypen/1"
        #expect(try await zgw.call(.post, "zaken", "/zaken", json: body).invalid == ["zaaktype bad-url"])
        body["zaaktype"] = zgw.url(ZGWSandbox.zaaktypeBezwaar)
        #expect(try await zgw.call(.post, "zaken", "/zaken", json: body).invalid == ["zaaktype not-published"])
        #expect(try await zgw.call(.post, "zaken", "/zaken", raw: Data("{".utf8)).string("code") == "parse_error")
    }

    @Test("PUT needs every required field, PATCH only what changes; DELETE removes the zaak and its statussen; unknown uuids are 404")
    func updateAndDelete() async throws {
        let zgw = ZGWTestSandbox()
        let url = try #require(try await zgw.createZaak().string("url"))
        let patched = try await zgw.call(.patch, "zaken", url, json: ["omschrijving": "Gewijzigd"])
        #expect(patched.status == .ok)
        #expect(patched.string("omschrijving") == "Gewijzigd")
        let put = try await zgw.call(.put, "zaken", url, json: ["omschrijving": "Alleen dit"])
        #expect(put.status == .badRequest)
        #expect(put.invalid.contains("zaaktype required"))
        let full = try await zgw.call(.put, "zaken", url, json: [
            "zaaktype": zgw.url(ZGWSandbox.zaaktypeMelding), "bronorganisatie": ZGWSandbox.rsin,
            "verantwoordelijkeOrganisatie": ZGWSandbox.rsin, "startdatum": "2026-11-28", "toelichting": "Volledig",
        ])
        #expect(full.status == .ok)
        #expect(full.string("startdatum") == "2026-11-28")
        #expect(full.string("omschrijving") == "Gewijzigd")
        _ = try await zgw.call(.post, "zaken", "/statussen", json: [
            "zaak": url, "statustype": zgw.url(ZGWSandbox.statustypeMeldingOntvangen), "datumStatusGezet": "2026-11-29T10:00:00Z",
        ])
        #expect(try await zgw.call(.delete, "zaken", url).status == .noContent)
        #expect(try await zgw.call(.get, "zaken", url).status == .notFound)
        let encoded = url.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        #expect(try await zgw.call(.get, "zaken", "/statussen?zaak=\(encoded)")["count"] as? Int == 0)
        #expect(try await zgw.call(.get, "zaken", "/zaken/00000000-0000-4000-8000-000000000000").status == .notFound)
    }

    @Test("status, resultaat and eindstatus: the eindstatus needs a resultaat and closes the zaak; statustypen of another zaaktype are refused")
    func statusAndResultaat() async throws {
        let zgw = ZGWTestSandbox()
        let zaak = try #require(try await zgw.createZaak().string("url"))
        let first = try await zgw.call(.post, "zaken", "/statussen", json: [
            "zaak": zaak, "statustype": zgw.url(ZGWSandbox.statustypeMeldingOntvangen), "datumStatusGezet": "2026-11-29T09:00:00Z",
        ])
        #expect(first.status == .created)
        #expect(first["indicatieLaatstGezetteStatus"] as? Bool == true)
        let wrongType = try await zgw.call(.post, "zaken", "/statussen", json: [
            "zaak": zaak, "statustype": zgw.url(ZGWSandbox.statustypeParkeervergunningOntvangen),
            "datumStatusGezet": "2026-11-29T09:30:00Z",
        ])
        #expect(wrongType.invalid == ["nonFieldErrors zaaktype-mismatch"])
        let eind: [String: Any] = [
            "zaak": zaak, "statustype": zgw.url(ZGWSandbox.statustypeMeldingAfgehandeld), "datumStatusGezet": "2026-11-29T11:00:00Z",
        ]
        #expect(try await zgw.call(.post, "zaken", "/statussen", json: eind).invalid == ["nonFieldErrors resultaat-does-not-exist"])
        let resultaat = try await zgw.call(.post, "zaken", "/resultaten", json: [
            "zaak": zaak, "resultaattype": zgw.url(ZGWSandbox.resultaattypeOpgelost), "toelichting": "Tegel vastgezet.",
        ])
        #expect(resultaat.status == .created)
        let second = try await zgw.call(.post, "zaken", "/resultaten", json: [
            "zaak": zaak, "resultaattype": zgw.url(ZGWSandbox.resultaattypeOpgelost),
        ])
        #expect(second.invalid == ["zaak unique"])
        #expect(try await zgw.call(.post, "zaken", "/statussen", json: eind).status == .created)
        let closed = try await zgw.call(.get, "zaken", zaak)
        #expect(closed.string("einddatum") == "2026-11-29")
        #expect(closed.string("resultaat") == resultaat.string("url"))
        let old = try await zgw.call(.get, "zaken", first.string("url")!)
        #expect(old["indicatieLaatstGezetteStatus"] as? Bool == false)
        #expect(try await zgw.call(.patch, "zaken", first.string("url")!, json: [:]).status == .methodNotAllowed)
    }

    @Test("rollen with a natuurlijk persoon (BSN checked), zaakobjecten and zaakeigenschappen nested under the zaak")
    func rollenObjectenEigenschappen() async throws {
        let zgw = ZGWTestSandbox()
        let zaak = try #require(try await zgw.createZaak().string("url"))
        let rol = try await zgw.call(.post, "zaken", "/rollen", json: [
            "zaak": zaak, "betrokkeneType": "natuurlijk_persoon", "roltype": zgw.url(ZGWSandbox.roltypeMelder),
            "roltoelichting": "Melder", "betrokkeneIdentificatie": ["inpBsn": "999993653", "geslachtsnaam": "Moulin"],
        ])
        #expect(rol.status == .created)
        #expect(rol.string("omschrijving") == "Melder")
        #expect(rol.string("omschrijvingGeneriek") == "initiator")
        let badBSN = try await zgw.call(.post, "zaken", "/rollen", json: [
            "zaak": zaak, "betrokkeneType": "natuurlijk_persoon", "roltype": zgw.url(ZGWSandbox.roltypeMelder),
            "roltoelichting": "Melder", "betrokkeneIdentificatie": ["inpBsn": "123456789"],
        ])
        #expect(badBSN.invalid == ["betrokkeneIdentificatie.inpBsn invalid"])
        let rollen = try await zgw.call(.get, "zaken", "/rollen?betrokkeneIdentificatie__natuurlijkPersoon__inpBsn=999993653")
        #expect(rollen["count"] as? Int == 3)
        let object = try await zgw.call(.post, "zaken", "/zaakobjecten", json: [
            "zaak": zaak, "objectType": "adres", "object": "https://bag.sandbox.invalid/adressen/0599200000219678",
        ])
        #expect(object.status == .created)
        #expect(try await zgw.call(.post, "zaken", "/zaakobjecten", json: ["zaak": zaak, "objectType": "adres"]).invalid
            == ["nonFieldErrors invalid-zaakobject"])
        let path = URL(string: zaak)!.lastPathComponent
        let eigenschap = try await zgw.call(.post, "zaken", "/zaken/\(path)/zaakeigenschappen", json: [
            "zaak": zaak, "eigenschap": zgw.url(ZGWSandbox.eigenschapLocatie), "waarde": "Markt 1",
        ])
        #expect(eigenschap.status == .created)
        #expect(eigenschap.string("naam") == "locatieomschrijving")
        #expect(eigenschap.string("url")?.contains("/zaken/\(path)/zaakeigenschappen/") == true)
        #expect(try await zgw.call(.get, "zaken", "/zaken/\(path)/zaakeigenschappen").array.count == 1)
        let wrong = try await zgw.call(.post, "zaken", "/zaken/\(path)/zaakeigenschappen", json: [
            "zaak": zaak, "eigenschap": zgw.url(ZGWSandbox.eigenschapKenteken), "waarde": "XX-999-X",
        ])
        #expect(wrong.invalid == ["nonFieldErrors zaaktype-mismatch"])
        let read = try await zgw.call(.get, "zaken", zaak)
        #expect((read["eigenschappen"] as? [String]) == [eigenschap.string("url")!])
        #expect((read["zaakobjecten"] as? [String]) == [object.string("url")!])
    }

    @Test("the audit trail of a zaak records each change with X-Audit-Toelichting and the JWT's user")
    func auditTrail() async throws {
        let zgw = ZGWTestSandbox()
        let zaak = try #require(try await zgw.createZaak().string("url"))
        let token = try ZGWTestSandbox.token(userID: "medewerker-042")
        _ = try await zgw.call(
            .patch, "zaken", zaak, json: ["omschrijving": "Nieuw"],
            headers: [HTTPField.Name("X-Audit-Toelichting")!: "Omschrijving verduidelijkt"], authorization: "Bearer \(token)")
        let trail = try await zgw.call(.get, "zaken", zaak + "/audittrail")
        #expect(trail.array.map { $0["actie"] as? String } == ["create", "partial_update"])
        let entry = try #require(trail.array.last)
        #expect(entry["toelichting"] as? String == "Omschrijving verduidelijkt")
        #expect(entry["gebruikersId"] as? String == "medewerker-042")
        #expect(entry["bron"] as? String == "zrc")
        #expect(entry["resultaat"] as? Int == 200)
        #expect(entry["hoofdObject"] as? String == zaak)
        #expect(((entry["wijzigingen"] as? [String: Any])?["nieuw"] as? [String: Any])?["omschrijving"] as? String == "Nieuw")
        let one = try await zgw.call(.get, "zaken", zaak + "/audittrail/" + (entry["uuid"] as! String))
        #expect(one.string("actie") == "partial_update")
    }
}
