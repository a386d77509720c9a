import Foundation
import HTTPTypes
import OpenServicesCore
import OpenServicesKVK
import OpenServicesSandbox
import OpenServicesTesting
import Testing

/// KVK's `fout` errors, from the client and straight from the sandbox.
@Suite struct KVKErrorTests {
    @Test func missingOrWrongKeyIsRefused() async throws {
        for key in [nil, "l7xx-not-the-test-key"] as [String?] {
            let kvk = try KVKTestSupport.client(key: key)
            let error = try await #require(throws: OpenServicesError.self) { _ = try await kvk.basicProfile("71000011") }
            #expect(error.code == .unauthenticated)
            #expect(error.serviceError?.shape == .kvkFout)
            let raw = try await KVKTestSupport.raw("/v2/zoeken?naam=x", key: key)
            #expect(raw.status == 401)
            #expect(KVKTestSupport.foutCode(raw.json) == "unauthorized")
        }
    }

    @Test func invalidNumbersAreIPD0004AndIPD0006() async throws {
        let raw = try await KVKTestSupport.raw("/v1/basisprofielen/1234")
        #expect(raw.status == 400)
        #expect(KVKTestSupport.foutCode(raw.json) == "IPD0004")
        #expect(KVKTestSupport.foutCode(try await KVKTestSupport.raw("/v2/zoeken?kvkNummer=12AB").json) == "IPD0004")
        #expect(KVKTestSupport.foutCode(try await KVKTestSupport.raw("/v1/vestigingsprofielen/123").json) == "IPD0006")

        let sandbox = KVKTestSupport.sandbox()
        let pipeline = try KVKTestSupport.pipeline(sandbox)
        let error = try await #require(throws: OpenServicesError.self) {
            _ = try await pipeline.execute(
                ServiceRequest(method: .get, url: URL(string: sandbox.baseURL(for: "kvk")!.absoluteString + "/v1/basisprofielen/1234567")!),
                context: OperationContext(service: "kvk", operation: "basisprofielen.raadplegen"))
        }
        #expect(error.code == .rejected)
        #expect(error.serviceError?.code == "IPD0004")
        #expect(error.serviceError?.shape == .kvkFout)
    }

    @Test func unknownNumbersAreNotAvailable() async throws {
        let kvk = try KVKTestSupport.client()
        let profile = try await #require(throws: OpenServicesError.self) { _ = try await kvk.basicProfile("70000000") }
        #expect(profile.code == .notFound)
        #expect(profile.serviceError?.code == "IPD0005")
        let branch = try await #require(throws: OpenServicesError.self) { _ = try await kvk.branchProfile("000070000000") }
        #expect(branch.serviceError?.code == "IPD0005")
        let search = try await #require(throws: OpenServicesError.self) { _ = try await kvk.search(KVKSearchQuery(naam: "bestaat niet")) }
        #expect(search.code == .notFound)
        #expect(search.serviceError?.code == "IPD5200")
    }

    @Test func errorScenarioCompanyFails() async throws {
        let kvk = try KVKTestSupport.client()
        let error = try await #require(throws: OpenServicesError.self) { _ = try await kvk.basicProfile("71000100") }
        #expect(error.code == .serviceUnavailable)
        #expect(error.serviceError?.code == "IPD0001")
        #expect(try await kvk.branchProfile("000071000101").eersteHandelsnaam == "Sandbox Producten")
    }

    @Test func pagingLimits() async throws {
        #expect(try await KVKTestSupport.raw("/v2/zoeken?naam=a&resultatenPerPagina=101").status == 400)
        #expect(try await KVKTestSupport.raw("/v2/zoeken?naam=a&resultatenPerPagina=0").status == 400)
        #expect(try await KVKTestSupport.raw("/v2/zoeken?naam=a&pagina=1001").status == 400)
        let beyond = try await KVKTestSupport.raw("/v2/zoeken?naam=a&pagina=11&resultatenPerPagina=100")
        #expect(beyond.status == 400)
        #expect(KVKTestSupport.foutCode(beyond.json) == "IPD1999")
        #expect(try await KVKTestSupport.raw("/v2/zoeken?naam=a&onbekend=1").status == 400)
        #expect(try await KVKTestSupport.raw("/v2/zoeken?postcode=3011WK").status == 400)
        #expect(try await KVKTestSupport.raw("/v2/zoeken?naam=a&type=filiaal").status == 400)
    }

    @Test func onlyServedPathsAreClaimed() async throws {
        for path in ["/v1/naamgevingen/kvknummer/71000011", "/v3/zoeken", "/v2/zoeken/extra", "/v1/basisprofielen/71000011/onbekend", "/"] {
            let raw = try await KVKTestSupport.raw(path)
            #expect(raw.status == 404, "\(path)")
            #expect(raw.json["fout"] == nil, "\(path)")
        }
        let other = try await KVKTestSupport.raw("/v2/zoeken?naam=a", key: nil)
        #expect(other.status == 401)
    }

    @Test func invalidInputFailsBeforeAnyRequest() async throws {
        let connector = ScriptedConnector([.json("{}")])
        let kvk = KVKClient(pipeline: try KVKTestSupport.pipeline(connector), baseURL: URL(string: "https://api.kvk.nl/api")!)
        let cases: [() async throws -> Void] = [
            { _ = try await kvk.basicProfile("1234567") },
            { _ = try await kvk.owner("ABCDEFGH") },
            { _ = try await kvk.mainBranch("123456789") },
            { _ = try await kvk.branches("") },
            { _ = try await kvk.branchProfile("00007100001") },
            { _ = try await kvk.search(try KVKSearchQuery(kvkNummer: "7100001")) },
            { _ = try await kvk.search(try KVKSearchQuery(postcode: "0123AB", huisnummer: 1)) },
            { _ = try await kvk.search(KVKSearchQuery()) },
            { _ = try await kvk.search(KVKSearchQuery(naam: "x"), page: 0, resultsPerPage: 10) },
            { _ = try await kvk.search(KVKSearchQuery(naam: "x"), page: 1, resultsPerPage: 101) },
            { _ = try kvk.searchAll(KVKSearchQuery(naam: "x"), resultsPerPage: 0) },
            { var q = KVKSearchQuery(naam: "x"); q.huisnummer = 5; _ = try await kvk.search(q) },
            { var q = KVKSearchQuery(); q.rsin = try RSIN("850123400"); _ = try await kvk.search(q) },
        ]
        for (index, run) in cases.enumerated() {
            let error = await #expect(throws: OpenServicesError.self, "case \(index)") { try await run() }
            #expect(error?.code == .invalidInput, "case \(index)")
        }
        #expect(connector.requests.isEmpty)
    }
}
