import Foundation
import OpenServicesCore
import OpenServicesPDOK
import OpenServicesSandbox
import Testing

/// Every Locatieserver operation against the in-process sandbox.
@Suite struct PDOKClientSandboxTests {
    let address = SandboxAddresses.all[0]

    @Test func freeFindsTheAddressFirst() async throws {
        let pdok = PDOKTestSupport.client()
        let result = try await pdok.free("Wijnhavenkade 12 Rotterdam")
        let first = try #require(result.response.docs.first)
        #expect(first.type == .adres)
        #expect(first.weergavenaam == "Wijnhavenkade 12, 3011WK Rotterdam")
        #expect(first.nummeraanduiding_id == address.nummeraanduidingIdentificatie)
        #expect(first.adresseerbaarobject_id == address.adresseerbaarObjectIdentificatie)
        #expect(first.centroide_ll?.latitude == address.latitude)
        #expect(first.centroide_ll?.longitude == address.longitude)
        #expect(first.centroide_rd?.x == address.rdX)
        #expect(first.huisnummer == 12)
        #expect(first.provincieafkorting == "ZH")
        #expect(result.response.maxScore != nil)
    }

    @Test func everyAddressHasItsDocuments() async throws {
        let pdok = PDOKTestSupport.client()
        for shared in SandboxAddresses.all {
            let result = try await pdok.free("\(shared.postcode) \(shared.huisnummer)", filters: ["type:adres"])
            #expect(result.response.docs.contains { $0.nummeraanduiding_id == shared.nummeraanduidingIdentificatie }, "\(shared.straat)")
        }
        let types = try await pdok.free("Rotterdam", rows: 100).response.docs.compactMap(\.type)
        #expect(Set(types) == [.adres, .weg, .postcode, .woonplaats, .gemeente])
    }

    @Test func filtersAndFields() async throws {
        let pdok = PDOKTestSupport.client()
        let wegen = try await pdok.free("Rotterdam", filters: ["type:weg"])
        #expect(wegen.response.numFound == 3)
        #expect(wegen.response.docs.allSatisfy { $0.type == .weg })
        let two = try await pdok.free("Rotterdam", filters: ["type:(weg OR gemeente)"])
        #expect(two.response.numFound == 4)
        let fields = try await pdok.free("Rotterdam", filters: ["type:adres"], fields: ["id", "weergavenaam"], start: 0, rows: 10, near: nil)
        let doc = try #require(fields.response.docs.first)
        #expect(doc.id != nil && doc.weergavenaam != nil)
        #expect(doc.type == nil && doc.centroide_ll == nil)
    }

    @Test func pagingToTheEnd() async throws {
        let pdok = PDOKTestSupport.client()
        let pages = try await pdok.freePages("Rotterdam", rows: 3).collect()
        #expect(pages.first?.response.numFound == 11)
        #expect(pages.map(\.response.docs.count) == [3, 3, 3, 2])
        #expect(pages.map(\.response.start) == [0, 3, 6, 9])
        let ids = pages.flatMap(\.response.docs).compactMap(\.id)
        #expect(Set(ids).count == 11)
    }

    @Test func suggestWithHighlightingAndSpellcheck() async throws {
        let pdok = PDOKTestSupport.client()
        let result = try await pdok.suggest("wijnhavenk 12")
        let doc = try #require(result.response.docs.first)
        #expect(doc.type == .adres)
        #expect(doc.centroide_ll == nil)
        let highlight = try #require(result.highlighting?[doc.id ?? ""]?.suggest?.first)
        #expect(highlight.contains("<b>Wijnhavenkade</b>"))

        let typo = try await pdok.suggest("wijnhafenkade")
        #expect(typo.response.numFound == 0)
        let suggestions = typo.spellcheck?.suggestions ?? []
        #expect(suggestions.first == .text("wijnhafenkade"))
        guard case .suggestion(let suggestion)? = suggestions.dropFirst().first else {
            Issue.record("no spellcheck suggestion")
            return
        }
        #expect(suggestion.suggestion == ["wijnhavenkade"])
        #expect(typo.spellcheck?.collations == [.text("collation"), .text("wijnhavenkade")])
    }

    @Test func lookupByID() async throws {
        let pdok = PDOKTestSupport.client()
        let id = try #require(try await pdok.free("Oudegrachtkade 88B", filters: ["type:adres"]).response.docs.first?.id)
        let document = try #require(try await pdok.lookup(id))
        #expect(document.huisletter == "B")
        #expect(document.woonplaatsnaam == "Utrecht")
        #expect(document.gemeentecode == "0344")
        #expect(try await pdok.lookup("adr-bestaatniet") == nil)
    }

    @Test func reverseFromWGS84AndRD() async throws {
        let pdok = PDOKTestSupport.client()
        let near = try await pdok.reverse(.wgs84(latitude: address.latitude, longitude: address.longitude))
        #expect(near.response.docs.first?.weergavenaam == "Wijnhavenkade 12, 3011WK Rotterdam")
        #expect(near.response.docs.first?.afstand == 0)
        #expect(near.response.docs.allSatisfy { $0.type == .adres })
        let rd = try await pdok.reverse(.rijksdriehoek(x: address.rdX + 30, y: address.rdY + 40), types: [.adres], distance: 100)
        #expect(rd.response.docs.map(\.afstand) == [10, 50])
        let all = try await pdok.reverse(.rijksdriehoek(x: address.rdX, y: address.rdY), types: [.gemeente, .weg], distance: nil, fields: nil, start: 0, rows: 100)
        #expect(Set(all.response.docs.compactMap(\.type)) == [.gemeente, .weg])
    }
}
