import Foundation
import HTTPTypes
import OpenServicesCore
import OpenServicesTesting
import OpenServicesZGW
import Testing

/// The Documenten client's exact requests (scripted connector) and its decoding of spec-shaped answers.
@Suite struct DocumentenClientTests {
    typealias Support = DocumentenTestSupport

    static func request(_ informatieobjecttype: String = Support.informatieobjecttypeURL) throws -> EnkelvoudigInformatieObjectRequest {
        var request = EnkelvoudigInformatieObjectRequest(
            bronorganisatie: "002220647", creatiedatum: "2026-03-02", titel: "Aanvraag", auteur: "Gemeente Sandbox",
            informatieobjecttype: try ZGWResourceURL(informatieobjecttype))
        request.bestandsnaam = "aanvraag.txt"
        request.formaat = "text/plain"
        request.vertrouwelijkheidaanduiding = .zaakvertrouwelijk
        return request
    }

    @Test func listSendsTheFiltersAndDecodesBlankFieldsAsAbsent() async throws {
        let connector = ScriptedConnector([.json(Support.page([Support.documentJSON()]))])
        let page = try await Support.documenten(connector).documents(bronorganisatie: "002220647", identificatie: "DOC 1", page: 2)
        let request = try #require(connector.requests.first)
        #expect(request.head.method == .get)
        #expect(request.head.authority == "openzaak.example.nl")
        #expect(request.head.path == "/documenten/api/v1/enkelvoudiginformatieobjecten?bronorganisatie=002220647&identificatie=DOC%201&page=2")
        #expect(Support.header(request, "Accept") == "application/json")
        #expect(Support.header(request, "Authorization")?.hasPrefix("Bearer ") == true)
        #expect(Support.header(request, "Accept-Crs") == nil)
        #expect(page.count == 1)
        let document = try #require(page.results.first)
        #expect(document.url.uuid == UUID(uuidString: Support.documentUUID))
        #expect(document.vertrouwelijkheidaanduiding == .zaakvertrouwelijk)
        #expect(document.status == nil)
        #expect(document.ondertekening?.soort == nil)
        #expect(document.integriteit?.algoritme == nil)
        #expect(document.ontvangstdatum == nil)
        #expect(document.bestandsomvang == 5)
        #expect(document.inhoud?.url.absoluteString == Support.documentURL + "/download?versie=1")
        #expect(document.informatieobjecttype.url.absoluteString == Support.informatieobjecttypeURL)
        #expect(document.trefwoorden == ["aanvraag"])
        #expect(document.locked == false)
        #expect(document.versie == 1)
    }

    @Test func allDocumentsFollowsNext() async throws {
        let second = "\(Support.host)/documenten/api/v1/enkelvoudiginformatieobjecten?bronorganisatie=002220647&page=2"
        let other = Support.documentURL.replacingOccurrences(of: "3f2a9c1e", with: "4f2a9c1e")
        let connector = ScriptedConnector([
            .json(Support.page([Support.documentJSON()], count: 2, next: second)),
            .json(Support.page([Support.documentJSON(url: other)], count: 2)),
        ])
        let documents = try await Support.documenten(connector).allDocuments(bronorganisatie: "002220647").items.collect()
        #expect(documents.map(\.url.description) == [Support.documentURL, other])
        #expect(connector.requests.map(\.head.path) == [
            "/documenten/api/v1/enkelvoudiginformatieobjecten?bronorganisatie=002220647",
            "/documenten/api/v1/enkelvoudiginformatieobjecten?bronorganisatie=002220647&page=2",
        ])
    }

    @Test func getByUUIDAndVersionAndByURL() async throws {
        let connector = ScriptedConnector([.json(Support.documentJSON())])
        let client = try Support.documenten(connector)
        let uuid = try #require(UUID(uuidString: Support.documentUUID))
        _ = try await client.document(uuid, versie: 1)
        _ = try await client.document(at: ZGWResourceURL(Support.documentURL))
        #expect(connector.requests.map(\.head.path) == [
            "/documenten/api/v1/enkelvoudiginformatieobjecten/\(Support.documentUUID)?versie=1",
            "/documenten/api/v1/enkelvoudiginformatieobjecten/\(Support.documentUUID)",
        ])
        let foreign = try ZGWResourceURL<EnkelvoudigInformatieObject>("\(Support.host)/zaken/api/v1/zaken/\(Support.documentUUID)")
        let error = try await #require(throws: OpenServicesError.self) { _ = try await client.document(at: foreign) }
        #expect(error.code == .invalidInput)
        #expect(connector.requests.count == 2)
    }

    @Test func createWithoutContentSendsTheMetadataAndTheAuditExplanation() async throws {
        let connector = ScriptedConnector([.json(Support.documentJSON(), status: .created)])
        let document = try await Support.documenten(connector).createDocument(
            try Self.request(), options: ZGWCallOptions(auditExplanation: "Ontvangen per post"))
        #expect(document.titel == "Aanvraag omgevingsvergunning")
        let request = try #require(connector.requests.first)
        #expect(request.head.method == .post)
        #expect(request.head.path == "/documenten/api/v1/enkelvoudiginformatieobjecten")
        #expect(Support.header(request, "Content-Type") == "application/json")
        #expect(Support.header(request, "X-Audit-Toelichting") == "Ontvangen per post")
        let body = Support.json(request.body)
        #expect(body as NSDictionary == [
            "bronorganisatie": "002220647", "creatiedatum": "2026-03-02", "titel": "Aanvraag", "auteur": "Gemeente Sandbox",
            "taal": "dut", "informatieobjecttype": Support.informatieobjecttypeURL, "bestandsnaam": "aanvraag.txt",
            "formaat": "text/plain", "vertrouwelijkheidaanduiding": "zaakvertrouwelijk",
        ] as NSDictionary)
    }

    @Test func validatieFoutArrivesWithItsInvalidParams() async throws {
        let connector = ScriptedConnector([.problem(.badRequest, Support.validatieFout)])
        let error = try await #require(throws: OpenServicesError.self) {
            _ = try await Support.documenten(connector).createDocument(try Self.request(), content: .data(Data("Hallo".utf8)))
        }
        #expect(error.status?.code == 400)
        #expect(error.category == .invalidRequest)
        #expect(error.serviceError?.code == "invalid")
        #expect(error.serviceError?.invalidParameters.map(\.name) == ["taal", "informatieobjecttype"])
        #expect(error.serviceError?.invalidParameters.last?.code == "bad-url")
    }

    @Test func updatesCarryTheLock() async throws {
        let connector = ScriptedConnector([.json(Support.documentJSON())])
        let client = try Support.documenten(connector)
        let url = try ZGWResourceURL<EnkelvoudigInformatieObject>(Support.documentURL)
        var change = try Self.request()
        change.titel = "Aanvraag (herzien)"
        _ = try await client.updateDocument(url, change, lock: "0f7e1c2d", options: ZGWCallOptions(auditExplanation: "Herzien"))
        var patch = EnkelvoudigInformatieObjectPatch()
        patch.status = .definitief
        _ = try await client.patchDocument(url, patch, lock: "0f7e1c2d")
        let put = connector.requests[0], patched = connector.requests[1]
        #expect(put.head.method == .put)
        #expect(put.head.path == "/documenten/api/v1/enkelvoudiginformatieobjecten/\(Support.documentUUID)")
        #expect(Support.header(put, "X-Audit-Toelichting") == "Herzien")
        #expect(Support.json(put.body)["lock"] as? String == "0f7e1c2d")
        #expect(Support.json(put.body)["titel"] as? String == "Aanvraag (herzien)")
        #expect(Support.json(put.body)["inhoud"] == nil)
        #expect(patched.head.method == .patch)
        #expect(Support.json(patched.body) as NSDictionary == ["status": "definitief", "lock": "0f7e1c2d"] as NSDictionary)
    }

    @Test func lockAndUnlock() async throws {
        let connector = ScriptedConnector(handler: { request, _ in
            request.head.path?.hasSuffix("/lock") == true ? .json(#"{"lock":"0f7e1c2d9a8b"}"#) : .status(.noContent)
        })
        let client = try Support.documenten(connector)
        let url = try ZGWResourceURL<EnkelvoudigInformatieObject>(Support.documentURL)
        let lock = try await client.lockDocument(url)
        #expect(lock == "0f7e1c2d9a8b")
        try await client.unlockDocument(url, lock: lock, options: ZGWCallOptions(auditExplanation: "Klaar"))
        let locking = connector.requests[0], unlocking = connector.requests[1]
        #expect(locking.head.method == .post)
        #expect(locking.head.path == "/documenten/api/v1/enkelvoudiginformatieobjecten/\(Support.documentUUID)/lock")
        #expect(Support.header(locking, "Content-Type") == "application/json")
        #expect(locking.body == Data("{}".utf8))
        #expect(unlocking.head.method == .post)
        #expect(unlocking.head.path == "/documenten/api/v1/enkelvoudiginformatieobjecten/\(Support.documentUUID)/unlock")
        #expect(Support.json(unlocking.body) as NSDictionary == ["lock": "0f7e1c2d9a8b"] as NSDictionary)
        #expect(Support.header(unlocking, "X-Audit-Toelichting") == "Klaar")
    }

    @Test func lockingALockedDocumentIsAnInvalidRequest() async throws {
        let problem = #"{"type":"","code":"existing-lock","title":"Het document is al gelockt.","status":400,"detail":"","instance":"urn:uuid:0","invalidParams":[{"name":"nonFieldErrors","code":"existing-lock","reason":"Het document is al gelockt."}]}"#
        let connector = ScriptedConnector([.problem(.badRequest, problem)])
        let error = try await #require(throws: OpenServicesError.self) {
            _ = try await Support.documenten(connector).lockDocument(try ZGWResourceURL(Support.documentURL))
        }
        #expect(error.serviceError?.invalidParameters.first?.code == "existing-lock")
    }

    @Test func deleteSendsDELETEWithTheExplanation() async throws {
        let connector = ScriptedConnector([.status(.noContent)])
        try await Support.documenten(connector).deleteDocument(
            try ZGWResourceURL(Support.documentURL), options: ZGWCallOptions(auditExplanation: "Dubbel"))
        let request = try #require(connector.requests.first)
        #expect(request.head.method == .delete)
        #expect(request.head.path == "/documenten/api/v1/enkelvoudiginformatieobjecten/\(Support.documentUUID)")
        #expect(Support.header(request, "X-Audit-Toelichting") == "Dubbel")
        #expect(request.body == nil)
    }

    @Test func aCreateIsNotRetriedWithoutAnIdempotencyKey() async throws {
        let connector = ScriptedConnector([.status(.serviceUnavailable), .json(Support.documentJSON(), status: .created)])
        let client = try Support.documenten(connector, retry: .default)
        let error = try await #require(throws: OpenServicesError.self) { _ = try await client.createDocument(try Self.request()) }
        #expect(error.status?.code == 503)
        #expect(connector.requests.count == 1)

        let keyed = ScriptedConnector([.status(.serviceUnavailable), .json(Support.documentJSON(), status: .created)])
        _ = try await Support.documenten(keyed, retry: .default).createDocument(try Self.request(), options: ZGWCallOptions(idempotencyKey: "aanvraag-42"))
        #expect(keyed.requests.count == 2)
        #expect(keyed.requests.map { Support.header($0, "Idempotency-Key") } == ["aanvraag-42", "aanvraag-42"])
    }

    @Test func aStreamedCreateIsNotRetriedEvenWithAKey() async throws {
        let connector = ScriptedConnector([.status(.serviceUnavailable), .json(Support.documentJSON(), status: .created)])
        let client = try Support.documenten(connector, retry: .default)
        let error = try await #require(throws: OpenServicesError.self) {
            _ = try await client.createDocument(
                try Self.request(), content: .data(Data("Hallo".utf8)), options: ZGWCallOptions(idempotencyKey: "aanvraag-42"))
        }
        #expect(error.status?.code == 503)
        #expect(connector.requests.count == 1)
    }

    @Test func aRefusedJWTIsAnAuthenticationError() async throws {
        let problem = #"{"type":"","code":"invalid-jwt-signature","title":"Ongeldige JWT","status":403,"detail":"","instance":"urn:uuid:0"}"#
        let connector = ScriptedConnector([.problem(.forbidden, problem)])
        let error = try await #require(throws: OpenServicesError.self) {
            _ = try await Support.documenten(connector).documents()
        }
        #expect(error.code == .unauthenticated)
        #expect(error.remediation?.contains("OPENSERVICES_DOCUMENTEN_CLIENT_SECRET") == true)
    }
}
