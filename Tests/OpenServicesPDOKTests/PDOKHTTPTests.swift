import Foundation
import OpenServicesCore
import OpenServicesHTTP
import OpenServicesPDOK
import OpenServicesSandbox
import Testing

/// Every Locatieserver operation over real HTTP: the sandbox served by Hummingbird, called with the AsyncHTTPClient connector.
@Suite(.serialized) struct PDOKHTTPTests {
    @Test func everyOperationOverHTTP() async throws {
        try await PDOKTestSupport.withHTTPClient { pdok, url in
            #expect(url.path == "/bzk/locatieserver/search/v3_1")
            let address = SandboxAddresses.all[5]
            let free = try await pdok.free("Laan van de Sandbox 15 Nootdorp", filters: ["type:adres"])
            let doc = try #require(free.response.docs.first)
            #expect(doc.postcode == address.postcode)
            #expect(try await pdok.freePages("Rotterdam", rows: 4).items.collect().count == 11)
            #expect(try await pdok.suggest("Laan van de Sandb").response.docs.isEmpty == false)
            #expect(try await pdok.lookup(try #require(doc.id))?.nummeraanduiding_id == address.nummeraanduidingIdentificatie)
            let reverse = try await pdok.reverse(.wgs84(latitude: address.latitude, longitude: address.longitude), types: [.adres])
            #expect(reverse.response.docs.first?.id == doc.id)
        }
    }

    @Test func errorsOverHTTP() async throws {
        try await PDOKTestSupport.withHTTPClient { pdok, _ in
            let error = try await #require(throws: OpenServicesError.self) {
                _ = try await pdok.free("Rotterdam", filters: ["kleur:rood"])
            }
            #expect(error.status?.code == 400)
        }
    }
}
