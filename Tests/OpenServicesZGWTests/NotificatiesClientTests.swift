import Foundation
import HTTPTypes
import OpenServicesCore
import OpenServicesTesting
import OpenServicesZGW
import Testing

/// The Notificaties client's exact requests (scripted connector) and its decoding of spec-shaped answers.
@Suite struct NotificatiesClientTests {
    static let root = "https://notificaties.example.nl/api/v1"
    static let abonnementJSON = #"""
        {"url":"https://notificaties.example.nl/api/v1/abonnement/9f3c7e1a-1b2c-4d5e-8f90-a1b2c3d4e5f6",
         "callbackUrl":"https://zaaksysteem.example.nl/zgw/notificaties",
         "kanalen":[{"naam":"zaken","filters":{"bronorganisatie":"002220647"}}]}
        """#
    static let kanaalJSON = #"""
        {"url":"https://notificaties.example.nl/api/v1/kanaal/1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f","naam":"zaken",
         "documentatieLink":"https://example.nl/kanalen/zaken","filters":["bronorganisatie","zaaktype","vertrouwelijkheidaanduiding"]}
        """#

    static func client(_ connector: ScriptedConnector) throws -> NotificatiesClient {
        let jwt = try ZGWJWTProvider(clientID: "zaaksysteem", secret: Secret("test-geheim"))
        let pipeline = Pipeline(connector: connector, credentials: CredentialStage(jwt), retry: .none, clock: TestClock())
        return NotificatiesClient(pipeline: pipeline, baseURL: URL(string: root)!)
    }

    static func json(_ body: Data?) -> [String: Any] {
        body.flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] } ?? [:]
    }

    @Test func kanalenListsWithTheNaamFilter() async throws {
        let connector = ScriptedConnector([.json("[\(Self.kanaalJSON)]")])
        let kanalen = try await Self.client(connector).kanalen(naam: "zaken")
        #expect(kanalen.count == 1)
        #expect(kanalen.first?.naam == "zaken")
        #expect(kanalen.first?.filters.contains("zaaktype") == true)
        #expect(kanalen.first?.documentatieLink?.absoluteString == "https://example.nl/kanalen/zaken")
        let request = try #require(connector.requests.first)
        #expect(request.head.method == .get)
        #expect(request.head.path == "/api/v1/kanaal?naam=zaken")
        #expect(request.head.headerFields[.accept] == "application/json")
        #expect(request.head.headerFields[.authorization]?.hasPrefix("Bearer ey") == true)
        #expect(request.head.headerFields[HTTPField.Name("Accept-Crs")!] == nil)
    }

    @Test func kanaalByUUIDAndCreate() async throws {
        let connector = ScriptedConnector([.json(Self.kanaalJSON), .json(Self.kanaalJSON, status: .created)])
        let client = try Self.client(connector)
        let uuid = UUID(uuidString: "1D2E3F40-5A6B-4C7D-8E9F-0A1B2C3D4E5F")!
        let kanaal = try await client.kanaal(uuid)
        #expect(kanaal.url == client.kanaalURL(uuid))
        let created = try await client.createKanaal(
            Kanaal(naam: "zaken", documentatieLink: URL(string: "https://example.nl/kanalen/zaken"), filters: ["bronorganisatie"], url: kanaal.url),
            options: ZGWCallOptions(auditExplanation: "Kanaal voor zaken"))
        #expect(created.naam == "zaken")
        let requests = connector.requests
        #expect(requests[0].head.path == "/api/v1/kanaal/1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f")
        #expect(requests[1].head.method == .post)
        #expect(requests[1].head.path == "/api/v1/kanaal")
        #expect(requests[1].head.headerFields[.contentType] == "application/json")
        #expect(requests[1].head.headerFields[HTTPField.Name("X-Audit-Toelichting")!] == "Kanaal voor zaken")
        let body = Self.json(requests[1].body)
        #expect(body.keys.sorted() == ["documentatieLink", "filters", "naam"])
        #expect(body["filters"] as? [String] == ["bronorganisatie"])
    }

    @Test func abonnementCreateSendsCallbackAuthAndKanalen() async throws {
        let connector = ScriptedConnector([.json(Self.abonnementJSON, status: .created)])
        let abonnement = try await Self.client(connector).createAbonnement(Abonnement(
            callbackUrl: URL(string: "https://zaaksysteem.example.nl/zgw/notificaties")!, auth: Secret("Bearer hook-1"),
            kanalen: [AbonnementFilterGroup(naam: "zaken", filters: ["bronorganisatie": "002220647"])]))
        #expect(abonnement.url?.uuid == UUID(uuidString: "9f3c7e1a-1b2c-4d5e-8f90-a1b2c3d4e5f6"))
        #expect(abonnement.auth == nil)
        let request = try #require(connector.requests.first)
        #expect(request.head.method == .post)
        #expect(request.head.path == "/api/v1/abonnement")
        let body = Self.json(request.body)
        #expect(body.keys.sorted() == ["auth", "callbackUrl", "kanalen"])
        #expect(body["auth"] as? String == "Bearer hook-1")
        #expect(body["callbackUrl"] as? String == "https://zaaksysteem.example.nl/zgw/notificaties")
        let kanalen = try #require(body["kanalen"] as? [[String: Any]])
        #expect(kanalen.first?["naam"] as? String == "zaken")
        #expect(kanalen.first?["filters"] as? [String: String] == ["bronorganisatie": "002220647"])
    }

    @Test func anAbonnementWithoutAuthOrKanalenIsRefusedBeforeSending() async throws {
        let connector = ScriptedConnector([.json(Self.abonnementJSON, status: .created)])
        let client = try Self.client(connector)
        let callback = URL(string: "https://zaaksysteem.example.nl/hook")!
        let noAuth = try await #require(throws: OpenServicesError.self) {
            _ = try await client.createAbonnement(Abonnement(callbackUrl: callback, auth: nil, kanalen: [AbonnementFilterGroup(naam: "zaken")]))
        }
        #expect(noAuth.category == .invalidRequest)
        #expect(noAuth.message.contains("auth"))
        let noKanaal = try await #require(throws: OpenServicesError.self) {
            _ = try await client.updateAbonnement(
                at: client.abonnementURL(UUID()), to: Abonnement(callbackUrl: callback, auth: "Bearer x", kanalen: []))
        }
        #expect(noKanaal.message.contains("kanaal"))
        #expect(connector.requests.isEmpty)
    }

    @Test func abonnementListGetUpdatePatchDelete() async throws {
        let connector = ScriptedConnector([
            .json("[\(Self.abonnementJSON)]"), .json(Self.abonnementJSON), .json(Self.abonnementJSON), .json(Self.abonnementJSON),
            .status(.noContent),
        ])
        let client = try Self.client(connector)
        let listed = try await client.abonnementen()
        #expect(listed.count == 1)
        let url = try #require(listed.first?.url)
        let read = try await client.abonnement(url.uuid!)
        #expect(read.kanalen.first?.naam == "zaken")
        var changed = read
        changed.auth = Secret("Bearer hook-2")
        changed.kanalen.append(AbonnementFilterGroup(naam: "documenten"))
        _ = try await client.updateAbonnement(at: url, to: changed)
        _ = try await client.patchAbonnement(at: url, AbonnementPatch(auth: Secret("Bearer hook-3")))
        try await client.deleteAbonnement(at: url)

        let requests = connector.requests
        #expect(requests.map(\.head.method) == [.get, .get, .put, .patch, .delete])
        #expect(requests[0].head.path == "/api/v1/abonnement")
        let item = "/api/v1/abonnement/9f3c7e1a-1b2c-4d5e-8f90-a1b2c3d4e5f6"
        #expect(requests[1...].allSatisfy { $0.head.path == item })
        let put = Self.json(requests[2].body)
        #expect(put.keys.sorted() == ["auth", "callbackUrl", "kanalen"])
        #expect((put["kanalen"] as? [[String: Any]])?.compactMap { $0["naam"] as? String } == ["zaken", "documenten"])
        #expect(Self.json(requests[3].body).keys.sorted() == ["auth"])
        #expect(requests[4].body == nil)
    }

    @Test func publishPostsTheNotification() async throws {
        let connector = ScriptedConnector([.json(WebhookTestSupport.statusCreated)])
        let notificatie = try JSONDecoder().decode(ZGWNotification.self, from: Data(WebhookTestSupport.statusCreated.utf8))
        let answer = try await Self.client(connector).publish(notificatie, options: ZGWCallOptions(idempotencyKey: "pub-1"))
        #expect(answer == notificatie)
        let request = try #require(connector.requests.first)
        #expect(request.head.method == .post)
        #expect(request.head.path == "/api/v1/notificaties")
        let body = Self.json(request.body)
        #expect(body.keys.sorted() == ["aanmaakdatum", "actie", "hoofdObject", "kanaal", "kenmerken", "resource", "resourceUrl"])
        #expect(body["aanmaakdatum"] as? String == "2026-03-18T10:15:30.123456Z")
    }

    @Test func aPagedListIsFollowedToTheEnd() async throws {
        let page1 = #"{"count":2,"next":"https://notificaties.example.nl/api/v1/kanaal?page=2","previous":null,"results":[\#(Self.kanaalJSON)]}"#
        let page2 = #"{"count":2,"next":null,"previous":null,"results":[{"naam":"besluiten"}]}"#
        let connector = ScriptedConnector([.json(page1), .json(page2)])
        let kanalen = try await Self.client(connector).kanalen()
        #expect(kanalen.map(\.naam) == ["zaken", "besluiten"])
        #expect(connector.requests.map(\.head.path) == ["/api/v1/kanaal", "/api/v1/kanaal?page=2"])
    }

    @Test func aURLOfAnotherAPIIsRefused() async throws {
        let connector = ScriptedConnector([.json(Self.abonnementJSON)])
        let foreign = try ZGWResourceURL<Abonnement>("https://openzaak.example.nl/zaken/api/v1/zaken/9f3c7e1a-1b2c-4d5e-8f90-a1b2c3d4e5f6")
        let error = try await #require(throws: OpenServicesError.self) { _ = try await Self.client(connector).abonnement(at: foreign) }
        #expect(error.category == .invalidRequest)
        #expect(connector.requests.isEmpty)
    }

    @Test func providerErrorsArriveAsOpenServicesErrors() async throws {
        let validatie = #"""
            {"type":"https://notificaties.example.nl/ref/fouten/ValidationError/","code":"invalid","title":"Invalid input.","status":400,
             "detail":"","instance":"urn:uuid:0c1d","invalidParams":[{"name":"callbackUrl","code":"invalid-callback-url","reason":"Callback URL gaf geen 204."}]}
            """#
        let refused = #"{"type":"","code":"invalid-jwt-signature","title":"Niet geautoriseerd","status":403,"detail":"","instance":"urn:uuid:1"}"#
        let connector = ScriptedConnector([.problem(.badRequest, validatie), .problem(.forbidden, refused), .malformedJSON()])
        let client = try Self.client(connector)
        let abonnement = Abonnement(callbackUrl: URL(string: "https://x.example.nl/hook")!, auth: "Bearer x", kanalen: [AbonnementFilterGroup(naam: "zaken")])
        let invalid = try await #require(throws: OpenServicesError.self) { _ = try await client.createAbonnement(abonnement) }
        #expect(invalid.status?.code == 400)
        #expect(invalid.serviceError?.invalidParameters.first?.name == "callbackUrl")
        let jwt = try await #require(throws: OpenServicesError.self) { _ = try await client.kanalen() }
        #expect(jwt.category == .authentication)
        #expect(jwt.remediation?.contains("secret") == true)
        let garbled = try await #require(throws: OpenServicesError.self) { _ = try await client.kanalen() }
        #expect(garbled.category == .decoding)
        #expect(garbled.message.contains("kanaal_list"))
    }
}
