import Foundation
import OpenServicesCore
import Testing

@Suite("Pagination: envelope models")
struct PaginationEnvelopeTests {
    private func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(json.utf8))
    }

    private func roundTrip<T: Codable & Equatable>(_ value: T) throws -> T {
        try JSONDecoder().decode(T.self, from: JSONEncoder().encode(value))
    }

    @Test("HAL links decode, including self, and round-trip")
    func halLinks() throws {
        let links = try decode(HALLinks.self, #"""
            {"self":{"href":"/adressen?page=4"},"first":{"href":"/adressen?page=1","title":"Eerste pagina"},
             "previous":{"href":"/adressen?page=3"},"next":{"href":"/adressen?page=5","title":"Volgende pagina"},
             "last":{"href":"/adressen?page=15","templated":false}}
            """#)

        #expect(links.selfLink?.href == "/adressen?page=4")
        #expect(links.first == HALLink(href: "/adressen?page=1", title: "Eerste pagina"))
        #expect(links.next?.href == "/adressen?page=5")
        #expect(links.last?.templated == false)
        #expect(try roundTrip(links) == links)
        let encoded = String(decoding: try JSONEncoder().encode(HALLinks(selfLink: HALLink(href: "/x"))), as: UTF8.self)
        #expect(encoded.contains(#""self""#))
    }

    @Test("HAL collection maps _links and _embedded")
    func halCollection() throws {
        struct Embedded: Codable, Equatable, Sendable { var adressen: [String] }
        let page = try decode(HALCollection<Embedded>.self, #"{"_links":{"next":{"href":"/a?page=2"}},"_embedded":{"adressen":["x"]}}"#)

        #expect(page.links?.next?.href == "/a?page=2")
        #expect(page.embedded?.adressen == ["x"])
        #expect(try roundTrip(page) == page)
        #expect(try decode(HALCollection<Embedded>.self, "{}").embedded == nil)
    }

    @Test("ZGW page decodes count, next, previous, results")
    func zgwPage() throws {
        let page = try decode(ZGWPage<Int>.self, #"""
            {"count":123,"next":"http://api.example.org/accounts/?page=4","previous":null,"results":[1,2]}
            """#)

        #expect(page.count == 123)
        #expect(page.next == "http://api.example.org/accounts/?page=4")
        #expect(page.previous == nil)
        #expect(page.pageItems == [1, 2])
        #expect(try roundTrip(page) == page)
    }

    @Test("KVK page decodes, with and without resultaten")
    func kvkPage() throws {
        let page = try decode(KVKPage<String>.self, #"""
            {"pagina":2,"resultatenPerPagina":10,"totaal":15,"vorige":"https://api.kvk.nl/api/v2/zoeken?pagina=1","resultaten":["a","b"]}
            """#)

        #expect(page.pagina == 2)
        #expect(page.resultatenPerPagina == 10)
        #expect(page.totaal == 15)
        #expect(page.volgende == nil)
        #expect(page.pageItems == ["a", "b"])
        #expect(try roundTrip(page) == page)
        #expect(try decode(KVKPage<String>.self, #"{"pagina":1,"totaal":0}"#).resultaten.isEmpty)
        #expect(KVKPage<String>.maximumResults == 1_000)
    }

    @Test("PDOK Solr page decodes response.numFound, start, docs")
    func solrPage() throws {
        struct Doc: Codable, Equatable, Sendable { var id: String; var weergavenaam: String }
        let page = try decode(SolrPage<Doc>.self, #"""
            {"response":{"numFound":165,"start":0,"maxScore":27.59121,"numFoundExact":true,
             "docs":[{"id":"adr-1","weergavenaam":"Bolstraat 1, 3581WS Utrecht","score":27.59121}]},
             "highlighting":{}}
            """#)

        #expect(page.response.numFound == 165)
        #expect(page.response.start == 0)
        #expect(page.response.numFoundExact == true)
        #expect(page.pageItems.map(\.weergavenaam) == ["Bolstraat 1, 3581WS Utrecht"])
        #expect(try roundTrip(page) == page)
    }
}
