import Foundation
import OpenServicesCore
import OpenServicesSandbox
import OpenServicesZGW
import Testing

/// Every Documenten operation against the sandbox over real HTTP, including a few MiB that round-trip
/// byte for byte.
@Suite(.serialized) struct DocumentenSandboxTests {
    typealias Support = DocumentenTestSupport

    static func request(_ sandbox: DocumentenSandboxClients, titel: String = "Bouwtekening") throws -> EnkelvoudigInformatieObjectRequest {
        var request = EnkelvoudigInformatieObjectRequest(
            bronorganisatie: ZGWSandbox.rsin, creatiedatum: "2026-11-03", titel: titel, auteur: "OpenServices tests",
            informatieobjecttype: ZGWResourceURL(sandbox.url(ZGWSandbox.informatieobjecttypeAanvraag)))
        request.bestandsnaam = "bouwtekening.bin"
        request.formaat = "application/octet-stream"
        request.vertrouwelijkheidaanduiding = .zaakvertrouwelijk
        return request
    }

    @Test func seededDocumentsListGetAndDownload() async throws {
        try await DocumentenSandboxClients.withServer { sandbox in
            let client = sandbox.documenten
            let page = try await client.documents(bronorganisatie: ZGWSandbox.rsin)
            #expect(page.count >= 2)
            let all = try await client.allDocuments(bronorganisatie: ZGWSandbox.rsin).items.collect()
            #expect(all.count == page.count)
            let byIdentificatie = try await client.documents(identificatie: "DOCUMENT-2026-0000000002")
            #expect(byIdentificatie.results.map(\.titel) == ["Aanvraagformulier parkeervergunning"])
            let aanvraag = try await client.document(try #require(UUID(uuidString: ZGWSandbox.documentAanvraag.uuid)))
            #expect(aanvraag.vertrouwelijkheidaanduiding == .vertrouwelijk)
            #expect(aanvraag.status == .definitief)
            let text = try await client.downloadData(aanvraag)
            #expect(String(decoding: text, as: UTF8.self).hasPrefix("Aanvraag parkeervergunning (fictief)"))
            #expect(Int64(text.count) == aanvraag.bestandsomvang)
        }
    }

    @Test func severalMebibytesRoundTripByteForByte() async throws {
        try await DocumentenSandboxClients.withServer { sandbox in
            let client = sandbox.documenten
            let data = Support.bytes(3 << 20 + 1, seed: 99)
            let file = FileManager.default.temporaryDirectory.appending(path: "documenten-sandbox-\(UUID().uuidString).bin")
            let copy = FileManager.default.temporaryDirectory.appending(path: "documenten-sandbox-copy-\(UUID().uuidString).bin")
            defer {
                try? FileManager.default.removeItem(at: file)
                try? FileManager.default.removeItem(at: copy)
            }
            try data.write(to: file)
            let document = try await client.createDocument(
                try Self.request(sandbox), content: try .file(file, chunkSize: 100_000), options: ZGWCallOptions(auditExplanation: "Upload test"))
            #expect(document.bestandsomvang == Int64(data.count))
            #expect(document.versie == 1)
            #expect(document.inhoud != nil)
            let written = try await client.download(document, to: copy)
            #expect(written == data.count)
            #expect(try Data(contentsOf: copy) == data)
            var streamed = 0
            for try await chunk in try await client.download(try #require(document.url.uuid)) { streamed += chunk.count }
            #expect(streamed == data.count)
        }
    }

    @Test func lockUpdatePatchUnlockAndDelete() async throws {
        try await DocumentenSandboxClients.withServer { sandbox in
            let client = sandbox.documenten
            let document = try await client.createDocument(try Self.request(sandbox), content: .data(Data("versie 1".utf8)))
            let lock = try await client.lockDocument(document.url)
            #expect(!lock.isEmpty)
            #expect(try await client.document(at: document.url).locked)
            var change = EnkelvoudigInformatieObjectRequest(document)
            change.titel = "Bouwtekening (herzien)"
            let second = try await client.updateDocument(document.url, change, lock: lock, content: .data(Data("versie 2".utf8)))
            #expect(second.versie == 2)
            #expect(second.titel == "Bouwtekening (herzien)")
            #expect(try await client.downloadData(second) == Data("versie 2".utf8))
            #expect(try await client.download(try #require(document.url.uuid), versie: 1).collect(upTo: 100) == Data("versie 1".utf8))
            var patch = EnkelvoudigInformatieObjectPatch()
            patch.status = .definitief
            let third = try await client.patchDocument(document.url, patch, lock: lock)
            #expect(third.status == .definitief)
            #expect(third.versie == 3)
            try await client.unlockDocument(document.url, lock: lock)
            #expect(try await client.document(at: document.url).locked == false)
            try await client.deleteDocument(document.url, options: ZGWCallOptions(auditExplanation: "Opruimen"))
            let gone = try await #require(throws: OpenServicesError.self) { _ = try await client.document(at: document.url) }
            #expect(gone.code == .notFound)
        }
    }

    @Test func anUpdateWithoutTheLockIsRefused() async throws {
        try await DocumentenSandboxClients.withServer { sandbox in
            let client = sandbox.documenten
            let document = try await client.createDocument(try Self.request(sandbox))
            let error = try await #require(throws: OpenServicesError.self) {
                _ = try await client.patchDocument(document.url, EnkelvoudigInformatieObjectPatch(), lock: "not-the-lock")
            }
            #expect(error.status?.code == 400)
            #expect(error.serviceError?.invalidParameters.isEmpty == false)
        }
    }

    @Test func aValidatieFoutNamesTheField() async throws {
        try await DocumentenSandboxClients.withServer { sandbox in
            var request = try Self.request(sandbox)
            request.taal = "nl"
            let error = try await #require(throws: OpenServicesError.self) {
                _ = try await sandbox.documenten.createDocument(request, content: .data(Data("x".utf8)))
            }
            #expect(error.status?.code == 400)
            #expect(error.serviceError?.invalidParameters.map(\.name).contains("taal") == true)
        }
    }

    @Test func objectInformatieObjectenAndGebruiksrechten() async throws {
        try await DocumentenSandboxClients.withServer { sandbox in
            let client = sandbox.documenten
            let foto = ZGWResourceURL<EnkelvoudigInformatieObject>(sandbox.url(ZGWSandbox.documentFoto))
            let links = try await client.objectInformatieObjecten(informatieobject: foto)
            #expect(links.map(\.objectType) == [.zaak])
            #expect(links.first?.object == sandbox.url(ZGWSandbox.zaakStoeptegel))
            let byObject = try await client.objectInformatieObjecten(object: sandbox.url(ZGWSandbox.zaakStoeptegel))
            #expect(byObject.map(\.url) == links.map(\.url))
            let link = try #require(links.first)
            #expect(try await client.objectInformatieObject(link.url) == link)

            let document = try await client.createDocument(try Self.request(sandbox, titel: "Verzoekbijlage"))
            let verzoek = URL(string: "https://verzoeken.example.nl/api/v1/verzoeken/4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8")!
            let created = try await client.createObjectInformatieObject(
                ObjectInformatieObjectRequest(informatieobject: document.url, object: verzoek, objectType: .verzoek))
            #expect(created.objectType == .verzoek)
            try await client.deleteObjectInformatieObject(created.url)
            #expect(try await client.objectInformatieObjecten(informatieobject: document.url).isEmpty)

            let rechten = GebruiksrechtenRequest(
                informatieobject: document.url, startdatum: "2026-11-03T00:00:00Z", omschrijvingVoorwaarden: "Alleen intern")
            let recht = try await client.createGebruiksrechten(rechten)
            #expect(recht.omschrijvingVoorwaarden == "Alleen intern")
            #expect(try await client.document(at: document.url).indicatieGebruiksrecht == true)
            #expect(try await client.gebruiksrechten(informatieobject: document.url).map(\.url) == [recht.url])
            #expect(try await client.gebruiksrechten(at: recht.url) == recht)
            var replaced = rechten
            replaced.omschrijvingVoorwaarden = "Openbaar na 2027"
            #expect(try await client.updateGebruiksrechten(recht.url, replaced).omschrijvingVoorwaarden == "Openbaar na 2027")
            var patch = GebruiksrechtenPatch()
            patch.einddatum = "2027-12-31T00:00:00Z"
            #expect(try await client.patchGebruiksrechten(recht.url, patch).einddatum?.hasPrefix("2027-12-31") == true)
            try await client.deleteGebruiksrechten(recht.url)
            #expect(try await client.gebruiksrechten(informatieobject: document.url).isEmpty)
        }
    }
}
