import Foundation
import OpenServicesCore
import OpenServicesHTTP
import OpenServicesKVK
import OpenServicesSandbox
import Testing

/// Every KVK operation over real HTTP: the sandbox served by Hummingbird, called with the AsyncHTTPClient connector.
@Suite(.serialized) struct KVKHTTPTests {
    @Test func everyOperationOverHTTP() async throws {
        try await KVKTestSupport.withHTTPClient { kvk, url in
            #expect(url.path == "/api")
            let page = try await kvk.search(KVKSearchQuery(naam: "Wijnhaven"))
            #expect(page.totaal == 3)
            #expect(try await kvk.searchAll(KVKSearchQuery(plaats: "Rotterdam"), resultsPerPage: 2).items.collect().count == 5)
            #expect(try await kvk.basicProfile("71000011", geoData: true)._embedded?.hoofdvestiging?.adressen?.first?.geoData != nil)
            #expect(try await kvk.owner("71000011").rsin == "850123409")
            #expect(try await kvk.mainBranch("71000011").vestigingsnummer == "000071000011")
            #expect(try await kvk.branches("71000011").vestigingen?.count == 2)
            #expect(try await kvk.branchProfile("000071000012", geoData: true).adressen?.first?.plaats == "Rotterdam")
        }
    }

    @Test func errorsOverHTTP() async throws {
        try await KVKTestSupport.withHTTPClient { kvk, url in
            let missing = try await #require(throws: OpenServicesError.self) { _ = try await kvk.basicProfile("70000000") }
            #expect(missing.serviceError?.code == "IPD0005")
            let anonymous = KVKClient(pipeline: Pipeline(connector: HTTPConnector(), retry: .none), baseURL: url)
            let refused = try await #require(throws: OpenServicesError.self) { _ = try await anonymous.branches("71000011") }
            #expect(refused.status?.code == 401)
            #expect(refused.serviceError?.shape == .kvkFout)
        }
    }
}
