import Foundation
import HTTPTypes
import OpenServicesSandbox
import Testing

@Suite("ZGW sandbox: Documenten")
struct ZGWDocumentenTests {
    static func document(_ zgw: ZGWTestSandbox, content: Data) -> [String: Any] {
        [
            "bronorganisatie": ZGWSandbox.rsin, "creatiedatum": "2026-11-29", "titel": "Foto", "auteur": "Test",
            "taal": "nld", "informatieobjecttype": zgw.url(ZGWSandbox.informatieobjecttypeFoto),
            "inhoud": content.base64EncodedString(), "bestandsnaam": "foto.bin", "formaat": "application/octet-stream",
        ]
    }

    @Test("create with base64 inhoud, answered as the download URL; /download gives the bytes as application/octet-stream")
    func createAndDownload() async throws {
        let zgw = ZGWTestSandbox()
        let bytes = Data((0..<1000).map { UInt8($0 % 251) })
        let created = try await zgw.call(.post, "documenten", "/enkelvoudiginformatieobjecten", json: Self.document(zgw, content: bytes))
        #expect(created.status == .created)
        let url = try #require(created.string("url"))
        #expect(created.string("inhoud") == url + "/download?versie=1")
        #expect(created["bestandsomvang"] as? Int == 1000)
        #expect(created["versie"] as? Int == 1)
        #expect(created["locked"] as? Bool == false)
        #expect(created.string("identificatie")?.hasPrefix("DOCUMENT-") == true)
        #expect(created.string("vertrouwelijkheidaanduiding") == "openbaar")
        let download = try await zgw.call(.get, "documenten", created.string("inhoud")!)
        #expect(download.status == .ok)
        #expect(download.headers[.contentType] == "application/octet-stream")
        #expect(download.data == bytes)
        let seed = try await zgw.call(.get, "documenten", zgw.url(ZGWSandbox.documentAanvraag) + "/download")
        #expect(String(decoding: seed.data, as: UTF8.self).contains("Kenteken: XX-999-X"))
        #expect(try await zgw.call(.get, "documenten", "/enkelvoudiginformatieobjecten")["count"] as? Int == 3)
        var bad = Self.document(zgw, content: bytes)
        bad["inhoud"] = "%%%"
        bad["taal"] = "nl"
        #expect(Set(try await zgw.call(.post, "documenten", "/enkelvoudiginformatieobjecten", json: bad).invalid) == ["taal min_length"])
        bad["taal"] = "nld"
        #expect(try await zgw.call(.post, "documenten", "/enkelvoudiginformatieobjecten", json: bad).invalid == ["inhoud invalid"])
    }

    @Test("updates need the lock: unlocked, missing and wrong lock are refused; a new inhoud makes a new version")
    func lockAndUpdate() async throws {
        let zgw = ZGWTestSandbox()
        let created = try await zgw.call(.post, "documenten", "/enkelvoudiginformatieobjecten", json: Self.document(zgw, content: Data("een".utf8)))
        let url = try #require(created.string("url"))
        #expect(try await zgw.call(.patch, "documenten", url, json: ["titel": "Nieuw"]).invalid == ["nonFieldErrors unlocked"])
        let lock = try #require(try await zgw.call(.post, "documenten", url + "/lock").string("lock"))
        #expect(try await zgw.call(.post, "documenten", url + "/lock").invalid == ["nonFieldErrors existing-lock"])
        #expect(try await zgw.call(.get, "documenten", url)["locked"] as? Bool == true)
        #expect(try await zgw.call(.patch, "documenten", url, json: ["titel": "Nieuw"]).invalid == ["lock required"])
        #expect(try await zgw.call(.patch, "documenten", url, json: ["titel": "Nieuw", "lock": "fout"]).invalid == ["nonFieldErrors incorrect-lock-id"])
        let updated = try await zgw.call(.patch, "documenten", url, json: [
            "titel": "Nieuw", "lock": lock, "inhoud": Data("twee".utf8).base64EncodedString(),
        ])
        #expect(updated.status == .ok)
        #expect(updated["versie"] as? Int == 2)
        #expect(updated.string("inhoud") == url + "/download?versie=2")
        #expect(updated["lock"] == nil)
        #expect(try await zgw.call(.get, "documenten", url + "/download").data == Data("twee".utf8))
        #expect(try await zgw.call(.get, "documenten", url + "/download?versie=1").data == Data("een".utf8))
        #expect(try await zgw.call(.get, "documenten", url + "?versie=1").string("titel") == "Foto")
        #expect(try await zgw.call(.post, "documenten", url + "/unlock", json: ["lock": "fout"]).invalid == ["nonFieldErrors incorrect-lock-id"])
        #expect(try await zgw.call(.post, "documenten", url + "/unlock", json: ["lock": lock]).status == .noContent)
        #expect(try await zgw.call(.get, "documenten", url)["locked"] as? Bool == false)
    }

    @Test("a zaakinformatieobject creates the objectinformatieobject; the document cannot be deleted while linked")
    func relations() async throws {
        let zgw = ZGWTestSandbox()
        let document = try #require(try await zgw.call(
            .post, "documenten", "/enkelvoudiginformatieobjecten", json: Self.document(zgw, content: Data("x".utf8))).string("url"))
        let zaak = try #require(try await zgw.createZaak().string("url"))
        let zio = try await zgw.call(.post, "zaken", "/zaakinformatieobjecten", json: ["zaak": zaak, "informatieobject": document])
        #expect(zio.status == .created)
        #expect(zio.string("aardRelatieWeergave") == "Hoort bij, omgekeerd: kent")
        #expect(try await zgw.call(.post, "zaken", "/zaakinformatieobjecten", json: ["zaak": zaak, "informatieobject": document]).invalid
            == ["nonFieldErrors unique"])
        let encoded = document.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        let oios = try await zgw.call(.get, "documenten", "/objectinformatieobjecten?informatieobject=\(encoded)")
        #expect(oios.array.count == 1)
        #expect(oios.array.first?["object"] as? String == zaak)
        #expect(oios.array.first?["objectType"] as? String == "zaak")
        let direct = try await zgw.call(.post, "documenten", "/objectinformatieobjecten", json: [
            "informatieobject": document, "object": zaak, "objectType": "zaak",
        ])
        #expect(direct.invalid == ["nonFieldErrors unique"])
        #expect(try await zgw.call(.delete, "documenten", document).invalid == ["nonFieldErrors pending-relations"])
        #expect(try await zgw.call(.delete, "zaken", zio.string("url")!).status == .noContent)
        #expect(try await zgw.call(.get, "documenten", "/objectinformatieobjecten?informatieobject=\(encoded)").array.isEmpty)
        #expect(try await zgw.call(.delete, "documenten", document).status == .noContent)
        #expect(try await zgw.call(.get, "documenten", document).status == .notFound)
    }

    @Test("gebruiksrechten set the document's indicatieGebruiksrecht")
    func gebruiksrechten() async throws {
        let zgw = ZGWTestSandbox()
        let document = zgw.url(ZGWSandbox.documentFoto)
        let recht = try await zgw.call(.post, "documenten", "/gebruiksrechten", json: [
            "informatieobject": document, "startdatum": "2026-11-29T00:00:00Z", "omschrijvingVoorwaarden": "Alleen intern",
        ])
        #expect(recht.status == .created)
        #expect(recht["einddatum"] is NSNull)
        #expect(try await zgw.call(.get, "documenten", document)["indicatieGebruiksrecht"] as? Bool == true)
        #expect(try await zgw.call(.get, "documenten", "/gebruiksrechten").array.count == 1)
        #expect(try await zgw.call(.post, "documenten", "/gebruiksrechten", json: ["informatieobject": document]).invalid.sorted()
            == ["omschrijvingVoorwaarden required", "startdatum required"])
        #expect(try await zgw.call(.delete, "documenten", recht.string("url")!).status == .noContent)
        #expect(try await zgw.call(.get, "documenten", document)["indicatieGebruiksrecht"] is NSNull)
    }
}
