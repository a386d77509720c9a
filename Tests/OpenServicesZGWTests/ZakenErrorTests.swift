import Foundation
import HTTPTypes
import OpenServicesCore
import OpenServicesTesting
import OpenServicesZGW
import Testing

/// Errors, resource URL resolution, paging and retries of the Zaken client.
@Suite struct ZakenErrorTests {
    typealias S = ZGWTestSupport

    func nieuweZaak() throws -> ZaakInput {
        ZaakInput(
            zaaktype: try ZGWResourceURL(S.zaaktypeURL), bronorganisatie: try RSIN(S.rsin), verantwoordelijkeOrganisatie: try RSIN(S.rsin),
            startdatum: "2026-03-02")
    }

    @Test func aValidatieFoutMapsItsInvalidParams() async throws {
        let connector = ScriptedConnector([.problem(.badRequest, S.validatieFout(name: "zaaktype", code: "bad-url", reason: "De URL is ongeldig."))])
        let error = try await #require(throws: OpenServicesError.self) { try await S.zaken(connector).createZaak(try nieuweZaak()) }
        #expect(error.status?.code == 400)
        #expect(error.category == .invalidRequest)
        #expect(error.serviceError?.code == "invalid")
        #expect(error.serviceError?.invalidParameters == [InvalidParameter(name: "zaaktype", code: "bad-url", reason: "De URL is ongeldig.")])
        #expect(error.service == "zaken")
        #expect(error.operation == "zaak_create")
    }

    @Test func theProvidersJWTRefusalIsAnAuthenticationError() async throws {
        let refusal = #"{"type":"https://openzaak.example.nl/ref/fouten/PermissionDenied/","code":"invalid-jwt-signature","title":"Je hebt geen toestemming om deze actie uit te voeren.","status":403,"detail":"Client credentials zijn niet geldig","instance":"urn:uuid:1c0b3a2d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"}"#
        let connector = ScriptedConnector([.problem(.forbidden, refusal)])
        let error = try await #require(throws: OpenServicesError.self) { try await S.zaken(connector).zaken() }
        #expect(error.code == .unauthenticated)
        #expect(error.category == .authentication)
        #expect(error.remediation?.contains("OPENSERVICES_ZAKEN_CLIENT_SECRET") == true)
        #expect(error.status?.code == 403)
    }

    @Test func aPermissionRefusalStaysForbidden() async throws {
        let refusal = #"{"code":"permission_denied","title":"Je hebt geen toestemming om deze actie uit te voeren.","status":403,"detail":"","instance":"urn:uuid:1c0b3a2d-4e5f-4a6b-8c7d-9e0f1a2b3c4e"}"#
        let error = try await #require(throws: OpenServicesError.self) {
            try await S.zaken(ScriptedConnector([.problem(.forbidden, refusal)])).zaak(UUID(uuidString: S.zaakUUID)!)
        }
        #expect(error.code != .unauthenticated)
        #expect(error.status?.code == 403)
    }

    @Test func aURLOfAnotherAPIOrCollectionIsRejectedBeforeAnythingIsSent() async throws {
        let connector = S.responder()
        let zaken = try S.zaken(connector)
        let catalogiURL = try await #require(throws: OpenServicesError.self) {
            try await zaken.zaak(at: try ZGWResourceURL<Zaak>(S.zaaktypeURL))
        }
        #expect(catalogiURL.code == .invalidInput)
        #expect(catalogiURL.message.contains("not under this zaken API's root"))
        let statusAsZaak = try await #require(throws: OpenServicesError.self) {
            try await zaken.deleteZaak(try ZGWResourceURL<Zaak>(S.statusURL))
        }
        #expect(statusAsZaak.code == .invalidInput)
        #expect(statusAsZaak.message.contains("/zaken"))
        let zaakAsEigenschap = try await #require(throws: OpenServicesError.self) {
            try await zaken.zaakEigenschap(at: try ZGWResourceURL<ZaakEigenschap>(S.zaakURL))
        }
        #expect(zaakAsEigenschap.code == .invalidInput)
        #expect(connector.requests.isEmpty)
        #expect(throws: OpenServicesError.self) { try ZGWResourceURL<Zaak>("zaken/\(S.zaakUUID)") }
    }

    @Test func resourceRootsRewriteTheProvidersPublicURLsOntoTheBaseURL() async throws {
        let publicRoot = "https://zaken.gemeente.example.nl/zaken/api/v1"
        let connector = S.responder()
        let zaken = try S.zaken(connector, resourceRoots: [URL(string: publicRoot)!])
        _ = try await zaken.zaak(at: try ZGWResourceURL("\(publicRoot)/zaken/\(S.zaakUUID)"))
        _ = try await zaken.auditTrail(of: try ZGWResourceURL("\(publicRoot)/zaken/\(S.zaakUUID)"))
        #expect(connector.requests.map { S.path($0) } == ["/zaken/api/v1/zaken/\(S.zaakUUID)", "/zaken/api/v1/zaken/\(S.zaakUUID)/audittrail"])
        #expect(connector.requests.allSatisfy { $0.head.authority == "openzaak.example.nl" })
    }

    @Test func pagingFollowsNextLinksUnderAResourceRoot() async throws {
        let publicRoot = "https://zaken.gemeente.example.nl/zaken/api/v1"
        let connector = ScriptedConnector([
            .json(S.page([S.zaakJSON()], count: 2, next: "\(publicRoot)/statussen?page=2")),
            .json(S.page([S.zaakJSON()], count: 2)),
        ])
        let zaken = try S.zaken(connector, resourceRoots: [URL(string: publicRoot)!])
        _ = try await zaken.allZaken().collect()
        #expect(connector.requests.map(\.head.path) == ["/zaken/api/v1/zaken", "/zaken/api/v1/statussen?page=2"])
        #expect(connector.requests.allSatisfy { $0.head.authority == "openzaak.example.nl" })
    }

    @Test func aNextLinkToAnotherHostEndsThePagingWithAnError() async throws {
        let connector = ScriptedConnector([.json(S.page([S.zaakJSON()], count: 2, next: "https://elders.example.nl/zaken/api/v1/zaken?page=2"))])
        await #expect(throws: OpenServicesError.self) { _ = try await S.zaken(connector).allZaken().collect() }
        #expect(connector.requests.count == 1)
    }

    @Test func aPageNumberBelowOneIsRejected() async throws {
        let connector = S.responder()
        let error = try await #require(throws: OpenServicesError.self) { try await S.zaken(connector).zaken(page: 0) }
        #expect(error.code == .invalidInput)
        #expect(connector.requests.isEmpty)
    }

    @Test func aCreateIsNotRetriedOnceSentWithoutAnIdempotencyKey() async throws {
        let connector = ScriptedConnector([.status(.serviceUnavailable), .json(S.zaakJSON(), status: .created)])
        let zaken = try S.zaken(connector, retry: S.retrying)
        let error = try await #require(throws: OpenServicesError.self) { try await zaken.createZaak(try nieuweZaak()) }
        #expect(error.status?.code == 503)
        #expect(connector.requests.count == 1)
        #expect(S.header(connector.requests[0], "Idempotency-Key") == nil)
    }

    @Test func aCreateWithAnIdempotencyKeyIsRetriedWithTheSameKey() async throws {
        let connector = ScriptedConnector([.status(.serviceUnavailable), .connectionReset, .json(S.statusJSON(), status: .created)])
        let zaken = try S.zaken(connector, retry: S.retrying)
        let status = try await zaken.createStatus(
            StatusInput(zaak: try ZGWResourceURL(S.zaakURL), statustype: try ZGWResourceURL(S.statustypeURL), datumStatusGezet: "2026-03-02T10:15:30Z"),
            options: ZGWCallOptions(auditExplanation: "Intake", idempotencyKey: "aanvraag-42-status-1"))
        #expect(status.uuid == UUID(uuidString: S.statusUUID))
        #expect(connector.requests.count == 3)
        #expect(connector.requests.map { S.header($0, "Idempotency-Key") } == Array(repeating: "aanvraag-42-status-1", count: 3))
        #expect(connector.requests.allSatisfy { S.header($0, "X-Audit-Toelichting") == "Intake" })
        #expect(connector.requests.map(\.body).allSatisfy { $0 == connector.requests[0].body })
    }

    @Test func readsAreRetried() async throws {
        let connector = ScriptedConnector([.status(.badGateway), .json(S.zaakJSON())])
        let zaak = try await S.zaken(connector, retry: S.retrying).zaak(UUID(uuidString: S.zaakUUID)!)
        #expect(zaak.identificatie == "ZAAK-2026-0000000001")
        #expect(connector.requests.count == 2)
    }
}
