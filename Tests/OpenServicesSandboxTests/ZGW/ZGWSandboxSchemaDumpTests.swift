import Foundation
import HTTPTypes
import OpenServicesSandbox
import Testing

/// Writes the ZGW fakes' answers to `ZGW_SANDBOX_DUMP_DIR` (when set) in the exchange format of
/// Scripts/conformance/validate_zgw.py, which checks them against the official specifications.
@Suite("ZGW sandbox: schema dump")
struct ZGWSandboxSchemaDumpTests {
    @Test("dump an answer of every operation", .enabled(if: ProcessInfo.processInfo.environment["ZGW_SANDBOX_DUMP_DIR"] != nil))
    func dump() async throws {
        let directory = URL(fileURLWithPath: ProcessInfo.processInfo.environment["ZGW_SANDBOX_DUMP_DIR"]!)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let zgw = ZGWTestSandbox()
        var count = 0
        @discardableResult
        func record(_ method: HTTPRequest.Method, _ api: String, _ path: String, json: [String: Any]? = nil) async throws -> ZGWAnswer {
            let answer = try await zgw.call(method, api, path, json: json)
            let root = zgw.url(api, "")
            let full = path.hasPrefix("http") ? String(path.dropFirst(root.count)) : path
            let parts = full.split(separator: "?", maxSplits: 1).map(String.init)
            let query = parts.count > 1 ? parts[1].split(separator: "&").map { pair -> [String] in
                let kv = pair.split(separator: "=", maxSplits: 1).map { String($0).removingPercentEncoding ?? String($0) }
                return [kv[0], kv.count > 1 ? kv[1] : ""]
            } : []
            var headers = ["Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:4326"]
            if json != nil { headers["Content-Type"] = "application/json" }
            let record: [String: Any] = [
                "api": api, "method": method.rawValue, "path": parts[0], "query": query, "requestHeaders": headers,
                "requestBody": json ?? NSNull(), "status": Int(answer.status.code),
                "responseBody": answer.headers[.contentType]?.contains("json") == true ? (answer.json ?? NSNull()) : NSNull(),
            ]
            count += 1
            try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys, .prettyPrinted])
                .write(to: directory.appending(path: String(format: "%03d-%@-%@.json", count, api, method.rawValue)))
            return answer
        }
        let s = ZGWSandbox.self
        for path in ["/zaken", "/statussen", "/resultaten", "/rollen", "/zaakobjecten", "/zaakinformatieobjecten"] {
            try await record(.get, "zaken", path)
        }
        try await record(.post, "zaken", "/zaken/_zoek", json: ["rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": "999993653"])
        try await record(.get, "zaken", zgw.url(s.zaakParkeervergunningDeVries))
        let zaak = try #require(try await record(.post, "zaken", "/zaken", json: [
            "zaaktype": zgw.url(s.zaaktypeMelding), "bronorganisatie": s.rsin, "verantwoordelijkeOrganisatie": s.rsin,
            "startdatum": "2026-11-29", "omschrijving": "Dump",
        ]).string("url"))
        try await record(.post, "zaken", "/zaken", json: ["omschrijving": "onvolledig"])
        try await record(.patch, "zaken", zaak, json: ["toelichting": "Bijgewerkt"])
        try await record(.put, "zaken", zaak, json: [
            "zaaktype": zgw.url(s.zaaktypeMelding), "bronorganisatie": s.rsin, "verantwoordelijkeOrganisatie": s.rsin,
            "startdatum": "2026-11-29",
        ])
        let rol = try #require(try await record(.post, "zaken", "/rollen", json: [
            "zaak": zaak, "betrokkeneType": "natuurlijk_persoon", "roltype": zgw.url(s.roltypeMelder), "roltoelichting": "Melder",
            "betrokkeneIdentificatie": ["inpBsn": "999993653", "geslachtsnaam": "Moulin"],
        ]).string("url"))
        try await record(.get, "zaken", rol)
        let resultaat = try #require(try await record(.post, "zaken", "/resultaten", json: [
            "zaak": zaak, "resultaattype": zgw.url(s.resultaattypeOpgelost),
        ]).string("url"))
        try await record(.get, "zaken", resultaat)
        let status = try #require(try await record(.post, "zaken", "/statussen", json: [
            "zaak": zaak, "statustype": zgw.url(s.statustypeMeldingOntvangen), "datumStatusGezet": "2026-11-29T10:00:00Z",
        ]).string("url"))
        try await record(.get, "zaken", status)
        let object = try #require(try await record(.post, "zaken", "/zaakobjecten", json: [
            "zaak": zaak, "objectType": "overige", "objectTypeOverige": "boom", "objectIdentificatie": ["overigeData": ["soort": "eik"]],
        ]).string("url"))
        try await record(.get, "zaken", object)
        let zio = try #require(try await record(.post, "zaken", "/zaakinformatieobjecten", json: [
            "zaak": zaak, "informatieobject": zgw.url(s.documentFoto),
        ]).string("url"))
        try await record(.get, "zaken", zio)
        let eigenschap = try #require(try await record(.post, "zaken", zaak + "/zaakeigenschappen", json: [
            "zaak": zaak, "eigenschap": zgw.url(s.eigenschapLocatie), "waarde": "Markt 1",
        ]).string("url"))
        try await record(.get, "zaken", eigenschap)
        try await record(.get, "zaken", zaak + "/zaakeigenschappen")
        try await record(.get, "zaken", zaak + "/audittrail")
        try await record(.delete, "zaken", zio)

        for path in ["/catalogussen", "/zaaktypen", "/statustypen", "/roltypen", "/resultaattypen", "/eigenschappen",
                     "/informatieobjecttypen", "/besluittypen"] {
            try await record(.get, "catalogi", path + (path == "/catalogussen" ? "" : "?status=alles"))
        }
        for resource in [s.catalogus, s.zaaktypeMelding, s.statustypeMeldingOntvangen, s.roltypeMelder, s.resultaattypeOpgelost,
                         s.eigenschapLocatie, s.informatieobjecttypeFoto, s.besluittypeParkeervergunning] {
            try await record(.get, "catalogi", zgw.url(resource))
        }

        try await record(.get, "documenten", "/enkelvoudiginformatieobjecten")
        try await record(.get, "documenten", zgw.url(s.documentFoto))
        let document = try #require(try await record(.post, "documenten", "/enkelvoudiginformatieobjecten", json: [
            "bronorganisatie": s.rsin, "creatiedatum": "2026-11-29", "titel": "Dump", "auteur": "Test", "taal": "nld",
            "informatieobjecttype": zgw.url(s.informatieobjecttypeFoto), "inhoud": Data("inhoud".utf8).base64EncodedString(),
        ]).string("url"))
        let lock = try #require(try await record(.post, "documenten", document + "/lock", json: [:]).string("lock"))
        try await record(.patch, "documenten", document, json: ["titel": "Dump 2", "lock": lock])
        try await record(.put, "documenten", document, json: [
            "bronorganisatie": s.rsin, "creatiedatum": "2026-11-29", "titel": "Dump 3", "auteur": "Test", "taal": "nld",
            "informatieobjecttype": zgw.url(s.informatieobjecttypeFoto), "lock": lock,
        ])
        try await record(.post, "documenten", document + "/unlock", json: ["lock": lock])
        try await record(.patch, "documenten", document, json: ["titel": "zonder lock"])
        try await record(.post, "documenten", "/enkelvoudiginformatieobjecten/_zoek", json: ["uuid_In": [s.documentFoto.uuid]])
        try await record(.get, "documenten", "/objectinformatieobjecten")
        let recht = try #require(try await record(.post, "documenten", "/gebruiksrechten", json: [
            "informatieobject": document, "startdatum": "2026-11-29T00:00:00Z", "omschrijvingVoorwaarden": "Intern",
        ]).string("url"))
        try await record(.get, "documenten", recht)
        try await record(.get, "documenten", "/gebruiksrechten")

        try await record(.get, "besluiten", "/besluiten")
        let besluit = try #require(try await record(.post, "besluiten", "/besluiten", json: [
            "verantwoordelijkeOrganisatie": s.rsin, "besluittype": zgw.url(s.besluittypeMelding), "zaak": zaak,
            "datum": "2026-11-29", "ingangsdatum": "2026-11-30",
        ]).string("url"))
        try await record(.get, "besluiten", besluit)
        try await record(.get, "besluiten", zgw.url(s.besluitParkeervergunning))
        try await record(.get, "besluiten", "/besluitinformatieobjecten")

        try await record(.get, "notificaties", "/kanaal")
        try await record(.post, "notificaties", "/kanaal", json: ["naam": "dump", "filters": ["a"]])
        let abonnement = try #require(try await record(.post, "notificaties", "/abonnement", json: [
            "callbackUrl": "https://ontvanger.example/cb", "auth": "Bearer x", "kanalen": [["naam": "zaken", "filters": [:]]],
        ]).string("url"))
        try await record(.get, "notificaties", abonnement)
        try await record(.get, "notificaties", "/abonnement")
        try await record(.post, "notificaties", "/notificaties", json: [
            "kanaal": "zaken", "hoofdObject": zaak, "resource": "zaak", "resourceUrl": zaak, "actie": "update",
            "aanmaakdatum": "2026-11-29T10:00:00Z", "kenmerken": ["bronorganisatie": s.rsin],
        ])

        try await record(.get, "autorisaties", "/applicaties")
        try await record(.get, "autorisaties", zgw.url(s.applicatie))
        try await record(.get, "autorisaties", "/applicaties/consumer?clientId=\(s.clientID)")
        try await record(.get, "zaken", "/zaken/00000000-0000-4000-8000-000000000000")
    }
}
