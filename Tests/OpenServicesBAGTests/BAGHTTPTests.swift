import Foundation
import OpenServicesBAG
import OpenServicesCore
import OpenServicesHTTP
import OpenServicesSandbox
import Testing

/// Every BAG operation over real HTTP: the sandbox served by Hummingbird, called with the AsyncHTTPClient connector.
@Suite(.serialized) struct BAGHTTPTests {
    @Test func everyOperationOverHTTP() async throws {
        try await BAGTestSupport.withHTTPClient { bag, url in
            #expect(url.path == "/lvbag/individuelebevragingen/v2")
            let address = BAGTestSupport.wijnhavenkade
            let adressen = try await bag.addresses(postcode: address.postcode, houseNumber: address.huisnummer).items.collect()
            #expect(adressen.map(\.nummeraanduidingIdentificatie) == [address.nummeraanduidingIdentificatie])
            let all = try await bag.addresses(matching: "Wijnhavenkade Rotterdam", pageSize: 10).collect()
            #expect(all.map(\.items.count) == [10, 5])
            let adres = try await bag.address(nummeraanduiding: address.nummeraanduidingIdentificatie, expand: .all)
            #expect(adres.value._embedded?.woonplaats?.woonplaats.naam == "Rotterdam")
            #expect(adres.rateLimit?.remaining == 49_999)
            #expect(try await bag.addressableObject(address.adresseerbaarObjectIdentificatie).contentCrs == "epsg:28992")
            #expect(try await bag.residentialObject(address.adresseerbaarObjectIdentificatie).value.verblijfsobject.oppervlakte == 86)
            #expect(try await bag.building(address.pandIdentificatie).value.pand.oorspronkelijkBouwjaar == "1931")
            #expect(try await bag.numberDesignation(address.nummeraanduidingIdentificatie).value.nummeraanduiding.huisnummer == 12)
            #expect(try await bag.publicSpace(address.openbareRuimteIdentificatie).value.openbareRuimte.naam == "Wijnhavenkade")
            #expect(try await bag.place(address.woonplaatsIdentificatie).value.woonplaats.naam == "Rotterdam")
        }
    }

    @Test func errorsOverHTTP() async throws {
        try await BAGTestSupport.withHTTPClient { bag, url in
            let missing = try await #require(throws: OpenServicesError.self) { _ = try await bag.building("0599100000999999") }
            #expect(missing.code == .notFound)
            let anonymous = BAGClient(pipeline: Pipeline(connector: HTTPConnector(), retry: .none), baseURL: url)
            let refused = try await #require(throws: OpenServicesError.self) { _ = try await anonymous.place("3086") }
            #expect(refused.status?.code == 401)
            #expect(refused.serviceError?.code == "authentication")
        }
    }
}
