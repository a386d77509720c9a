import Foundation
import HTTPTypes
import OpenServicesCore
import OpenServicesTesting
import Testing

@Suite("Service error shapes")
struct ServiceErrorShapeTests {
    private func failure(_ outcome: ScriptedResponse) async -> OpenServicesError? {
        let pipeline = Pipeline(connector: ScriptedConnector([outcome]), retry: .none, clock: TestClock())
        return await OpenServicesError.caught { _ = try await pipeline.execute(getRequest(), context: context()) }
    }

    @Test("BRP/ZGW problem+json with invalidParams")
    func problemWithInvalidParams() async throws {
        let error = try #require(await failure(.problem(.badRequest, """
            {"type":"https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.1","title":"Een of meerdere parameters zijn niet correct.",
             "status":400,"detail":"De foutieve parameter(s) zijn: fields[0].","instance":"/haalcentraal/api/brp/personen",
             "code":"paramsValidation",
             "invalidParams":[{"name":"fields[0]","code":"field","reason":"Parameter bevat een niet bestaande veldnaam."}]}
            """)))
        let details = try #require(error.serviceError)
        #expect(details.shape == .problemJSON)
        #expect(details.code == "paramsValidation")
        #expect(details.title == "Een of meerdere parameters zijn niet correct.")
        #expect(details.invalidParameters == [InvalidParameter(name: "fields[0]", code: "field", reason: "Parameter bevat een niet bestaande veldnaam.")])
        #expect(error.code == .rejected)
        #expect(error.description.contains("fields[0]"))
    }

    @Test("BAG problem+json with invalid-params")
    func problemWithHyphenatedInvalidParams() async throws {
        let error = try #require(await failure(.problem(.badRequest, """
            {"type":"https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.1","title":"Ten minste één parameter moet worden opgegeven.",
             "status":400,"code":"paramsRequired","invalid-params":[{"type":"https://www.vng.nl/realisatie/api/validaties/postcode",
             "name":"postcode","code":"pattern","reason":"Waarde voldoet niet aan patroon ^[1-9]{1}[0-9]{3}[A-Z]{2}$."}]}
            """)))
        let details = try #require(error.serviceError)
        #expect(details.code == "paramsRequired")
        #expect(details.invalidParameters.first?.name == "postcode")
        #expect(details.invalidParameters.first?.code == "pattern")
    }

    @Test("KVK fout list")
    func kvkFout() async throws {
        let error = try #require(await failure(.json("""
            {"fout":[{"code":"IPD0004","omschrijving":"Het KVK-nummer 12345678 is niet valide."},{"code":"IPD0005","omschrijving":"Tweede fout"}]}
            """, status: .notFound)))
        let details = try #require(error.serviceError)
        #expect(details.shape == .kvkFout)
        #expect(details.code == "IPD0004")
        #expect(details.title == "Het KVK-nummer 12345678 is niet valide.")
        #expect(details.invalidParameters.map(\.name) == ["IPD0005"])
        #expect(error.code == .notFound)
    }

    @Test("PDOK code and msg")
    func pdok() async throws {
        let error = try #require(await failure(.json(#"{"code":400,"msg":"undefined field onbekend"}"#, status: .badRequest)))
        let details = try #require(error.serviceError)
        #expect(details.shape == .pdok)
        #expect(details.code == "400")
        #expect(details.title == "undefined field onbekend")
    }

    @Test("a non-JSON error body still gives a status error")
    func unknownShape() async throws {
        let error = try #require(await failure(.respond(.badGateway, body: Data("<html>Bad gateway</html>".utf8))))
        #expect(error.serviceError == nil)
        #expect(error.code == .serviceUnavailable)
        #expect(error.status == .badGateway)
    }

    @Test("the request id is taken from the response")
    func requestID() async throws {
        let error = try #require(await failure(.status(.internalServerError, headers: [.requestID: "req-42"])))
        #expect(error.requestID == "req-42")
        #expect(error.description.contains("req-42"))
    }
}

@Suite("Service error shapes, nested")
struct NestedServiceErrorShapeTests {
    @Test("PDOK's Solr error nested under error")
    func solr() async throws {
        let pipeline = Pipeline(
            connector: ScriptedConnector([.json(#"{"error":{"code":400,"msg":"undefined field foo","metadata":["error-class","org.apache.solr.common.SolrException"]}}"#, status: .badRequest)]),
            retry: .none, clock: TestClock())
        let error = try #require(await OpenServicesError.caught { _ = try await pipeline.execute(getRequest(), context: context()) })
        #expect(error.serviceError?.shape == .pdok)
        #expect(error.serviceError?.code == "400")
        #expect(error.serviceError?.title == "undefined field foo")
    }

    @Test("a problem's instance URL, which may carry query values, is not used as the request id")
    func instanceIsNotARequestID() async throws {
        let pipeline = Pipeline(
            connector: ScriptedConnector([.problem(.badRequest, #"{"title":"Fout","status":400,"instance":"/adressen?postcode=3011WK&huisnummer=0"}"#)]),
            retry: .none, clock: TestClock())
        let error = try #require(await OpenServicesError.caught { _ = try await pipeline.execute(getRequest(), context: context()) })
        #expect(error.requestID == nil)
        #expect(!error.description.contains("3011WK"))
    }
}
