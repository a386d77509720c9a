import Foundation
import OpenServicesSandbox
import Testing

@Suite("ZGW sandbox: Besluiten")
struct ZGWBesluitenTests {
    @Test("a besluit on a zaak: identificatie generated, besluittype checked against the zaaktype; a besluitinformatieobject links the document")
    func besluit() async throws {
        let zgw = ZGWTestSandbox()
        let seed = try await zgw.call(.get, "besluiten", zgw.url(ZGWSandbox.besluitParkeervergunning))
        #expect(seed.headers[.init("API-version")!] == "1.1.0")
        #expect(seed.string("vervalredenWeergave") == "Besluit met tijdelijke werking")
        let zaak = zgw.url(ZGWSandbox.zaakParkeervergunningMoulin)
        var body: [String: Any] = [
            "verantwoordelijkeOrganisatie": ZGWSandbox.rsin, "besluittype": zgw.url(ZGWSandbox.besluittypeMelding),
            "zaak": zaak, "datum": "2026-11-29", "ingangsdatum": "2026-12-01",
        ]
        #expect(try await zgw.call(.post, "besluiten", "/besluiten", json: body).invalid == ["nonFieldErrors zaaktype-mismatch"])
        body["besluittype"] = zgw.url(ZGWSandbox.besluittypeParkeervergunning)
        let besluit = try await zgw.call(.post, "besluiten", "/besluiten", json: body)
        #expect(besluit.status == .created)
        #expect(besluit.string("identificatie")?.hasSuffix("-0000000002") == true)
        #expect(besluit["vervalreden"] == nil)
        let url = try #require(besluit.string("url"))
        #expect(try await zgw.call(.post, "besluiten", "/besluiten", json: ["datum": "2026-11-29"]).invalid.sorted()
            == ["besluittype required", "ingangsdatum required", "verantwoordelijkeOrganisatie required"])
        let foto = try await zgw.call(.post, "besluiten", "/besluitinformatieobjecten", json: [
            "besluit": url, "informatieobject": zgw.url(ZGWSandbox.documentFoto),
        ])
        #expect(foto.invalid == ["nonFieldErrors missing-besluittype-informatieobjecttype-relation"])
        let brief = try await zgw.call(.post, "documenten", "/enkelvoudiginformatieobjecten", json: [
            "bronorganisatie": ZGWSandbox.rsin, "creatiedatum": "2026-11-29", "titel": "Besluitbrief", "auteur": "Gemeente",
            "taal": "nld", "informatieobjecttype": zgw.url(ZGWSandbox.informatieobjecttypeBesluitbrief),
            "inhoud": Data("Vergunning verleend".utf8).base64EncodedString(),
        ])
        let relation = try await zgw.call(.post, "besluiten", "/besluitinformatieobjecten", json: [
            "besluit": url, "informatieobject": brief.string("url")!,
        ])
        #expect(relation.status == .created)
        let encoded = url.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        #expect(try await zgw.call(.get, "besluiten", "/besluitinformatieobjecten?besluit=\(encoded)").array.count == 1)
        #expect(try await zgw.call(.get, "documenten", "/objectinformatieobjecten?object=\(encoded)").array.first?["objectType"] as? String
            == "besluit")
        let zaakFilter = zaak.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        #expect(try await zgw.call(.get, "besluiten", "/besluiten?zaak=\(zaakFilter)")["count"] as? Int == 1)
        #expect(try await zgw.call(.patch, "besluiten", url, json: ["toelichting": "Aangevuld"]).string("toelichting") == "Aangevuld")
        #expect(try await zgw.call(.get, "besluiten", url + "/audittrail").array.count == 3)
        #expect(try await zgw.call(.delete, "besluiten", url).status == .noContent)
        #expect(try await zgw.call(.get, "documenten", "/objectinformatieobjecten?object=\(encoded)").array.isEmpty)
    }
}
