import Foundation
import OpenServicesBAG
import OpenServicesCore
import OpenServicesSandbox
import Testing

/// Every BAG operation against the in-process sandbox.
@Suite struct BAGClientSandboxTests {
    let address = BAGTestSupport.wijnhavenkade

    @Test func addressesByPostcodeAndHouseNumber() async throws {
        let bag = try BAGTestSupport.client()
        let adressen = try await bag.addresses(postcode: "3011 wk", houseNumber: 12).items.collect()
        #expect(adressen.count == 1)
        let adres = try #require(adressen.first)
        #expect(adres.openbareRuimteNaam == "Wijnhavenkade")
        #expect(adres.nummeraanduidingIdentificatie == address.nummeraanduidingIdentificatie)
        #expect(adres.adresseerbaarObjectIdentificatie == address.adresseerbaarObjectIdentificatie)
        #expect(adres.pandIdentificaties == [address.pandIdentificatie])
        #expect(adres.adresregel5 == "Wijnhavenkade 12")
        #expect(adres._links?.href("self")?.hasSuffix("/adressen/\(address.nummeraanduidingIdentificatie)") == true)
        #expect(adres._embedded == nil)
    }

    @Test func everySharedAddressIsInBAG() async throws {
        let bag = try BAGTestSupport.client()
        for shared in SandboxAddresses.all {
            let found = try await bag.addresses(
                postcode: shared.postcode, houseNumber: shared.huisnummer, houseLetter: shared.huisletter,
                addition: shared.huisnummertoevoeging, exactMatch: true).items.collect()
            #expect(found.map(\.nummeraanduidingIdentificatie) == [shared.nummeraanduidingIdentificatie], "\(shared.straat)")
            let vbo = try await bag.residentialObject(shared.adresseerbaarObjectIdentificatie).value.verblijfsobject
            #expect(vbo.heeftAlsHoofdAdres == shared.nummeraanduidingIdentificatie)
            #expect(vbo.gebruiksdoelen.map(\.rawValue) == [shared.gebruiksdoel])
            _ = try await bag.building(shared.pandIdentificatie)
            _ = try await bag.publicSpace(shared.openbareRuimteIdentificatie)
            _ = try await bag.place(shared.woonplaatsIdentificatie)
        }
    }

    @Test func letterAndAdditionNarrowTheSearch() async throws {
        let bag = try BAGTestSupport.client()
        let lijnbaan = SandboxAddresses.all[1]
        #expect(try await bag.addresses(postcode: lijnbaan.postcode, houseNumber: 7, houseLetter: "A").items.collect().count == 1)
        #expect(try await bag.addresses(postcode: lijnbaan.postcode, houseNumber: 7, houseLetter: "B").items.collect().isEmpty)
        #expect(try await bag.addresses(postcode: lijnbaan.postcode, houseNumber: 7, exactMatch: true).items.collect().isEmpty)
        let leiden = SandboxAddresses.all[9]
        #expect(try await bag.addresses(postcode: leiden.postcode, houseNumber: 40, addition: "bis").items.collect().count == 1)
    }

    @Test func pagingFollowsNextLinksToTheEnd() async throws {
        let bag = try BAGTestSupport.client()
        let query = BAGAddressQuery(woonplaatsNaam: "Rotterdam", openbareRuimteNaam: "Wijnhavenkade")
        let pages = try await bag.addresses(query, expand: [], pageSize: 10).collect()
        #expect(pages.map(\.items.count) == [10, 5])
        #expect(pages[0].links?.next != nil)
        #expect(pages[1].links?.next == nil)
        #expect(pages[1].links?.previous != nil)
        #expect(pages.allSatisfy { $0.rateLimit?.limit == 50_000 })
        let numbers = pages.flatMap(\.items).map(\.huisnummer)
        #expect(Set(numbers).count == 15)
        #expect(numbers.contains(12) && numbers.contains(40))
    }

    @Test func freeTextSearch() async throws {
        let bag = try BAGTestSupport.client()
        let found = try await bag.addresses(matching: "Wijnhavenkade 12 Rotterdam").items.collect()
        #expect(found.map(\.nummeraanduidingIdentificatie) == [address.nummeraanduidingIdentificatie])
        let street = try await bag.addresses(matching: "wijnhavenkade", pageSize: 10).items.collect()
        #expect(street.count == 15)
    }

    @Test func searchByObjectAndPand() async throws {
        let bag = try BAGTestSupport.client()
        var query = BAGAddressQuery()
        query.adresseerbaarObjectIdentificatie = try BAGIdentifier(address.adresseerbaarObjectIdentificatie)
        #expect(try await bag.addresses(query).items.collect().count == 1)
        var byPand = BAGAddressQuery()
        byPand.pandIdentificatie = try BAGIdentifier(address.pandIdentificatie)
        #expect(try await bag.addresses(byPand).items.collect().first?.huisnummer == 12)
    }

    @Test func addressByIDWithExpand() async throws {
        let bag = try BAGTestSupport.client()
        let result = try await bag.address(nummeraanduiding: address.nummeraanduidingIdentificatie, expand: .all)
        let embedded = try #require(result.value._embedded)
        #expect(embedded.openbareRuimte?.openbareRuimte.naam == "Wijnhavenkade")
        #expect(embedded.nummeraanduiding?.nummeraanduiding.postcode == "3011WK")
        #expect(embedded.woonplaats?.woonplaats.naam == "Rotterdam")
        #expect(embedded.adresseerbaarObject?.verblijfsobject?.verblijfsobject.oppervlakte == 86)
        #expect(embedded.panden?.first?.pand.oorspronkelijkBouwjaar == "1931")
        #expect(result.apiVersion == "2.6.0")
        #expect(result.rateLimit == BAGRateLimit(limit: 50_000, remaining: 49_999, reset: 86_400))

        let partial = try await bag.address(nummeraanduiding: address.nummeraanduidingIdentificatie, expand: [.panden])
        #expect(partial.value._embedded?.panden?.count == 1)
        #expect(partial.value._embedded?.woonplaats == nil)
    }

    @Test func objectsAskForRDAndReportIt() async throws {
        let bag = try BAGTestSupport.client()
        let object = try await bag.addressableObject(address.adresseerbaarObjectIdentificatie)
        #expect(object.contentCrs == "epsg:28992")
        #expect(object.value.identificatie == address.adresseerbaarObjectIdentificatie)
        let vbo = try await bag.residentialObject(address.adresseerbaarObjectIdentificatie)
        #expect(vbo.value.verblijfsobject.geometrie.punt?.x == address.rdX)
        #expect(vbo.value.verblijfsobject.geometrie.punt?.y == address.rdY)
        #expect(vbo.value.verblijfsobject.status == .inGebruik)
        let pand = try await bag.building(address.pandIdentificatie)
        #expect(pand.value.pand.geometrie.type == "Polygon")
        #expect(pand.value.pand.status == .inGebruik)
        let nummer = try await bag.numberDesignation(address.nummeraanduidingIdentificatie)
        #expect(nummer.value.nummeraanduiding.ligtAan == address.openbareRuimteIdentificatie)
        #expect(nummer.contentCrs == nil)
        let ruimte = try await bag.publicSpace(address.openbareRuimteIdentificatie)
        #expect(ruimte.value.openbareRuimte.type == .weg)
        #expect(ruimte.value.openbareRuimte.ligtIn == "3086")
        let woonplaats = try await bag.place("3086")
        #expect(woonplaats.value.woonplaats.naam == "Rotterdam")
        #expect(woonplaats.value.woonplaats.status == .aangewezen)
    }
}
