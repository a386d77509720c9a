import Foundation
import OpenServicesCore
import Testing

@Suite("Pagination: envelope models")
struct PagingEnvelopeTests {
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

@Suite("Pagination: style rules")
struct PagingStyleRuleTests {
    @Test("nextLink resolves relative links and treats nil and blank as the end")
    func nextLinkRule() throws {
        let style = PagingStyle<URL, ZGWPage<Int>>.nextLink(\.next)
        let current = URL(string: "https://api.bag.kadaster.nl/lvbag/v2/adressen?page=1")!
        func next(_ link: String?) throws -> String? {
            try style.cursor(after: ZGWPage(count: 0, next: link, results: []), at: current)?.absoluteString
        }

        #expect(try next(nil) == nil)
        #expect(try next("  ") == nil)
        #expect(try next("/lvbag/v2/adressen?page=2") == "https://api.bag.kadaster.nl/lvbag/v2/adressen?page=2")
        #expect(try next("adressen?page=2") == "https://api.bag.kadaster.nl/lvbag/v2/adressen?page=2")
        #expect(try next("https://api.bag.kadaster.nl/lvbag/v2/adressen?page=2") == "https://api.bag.kadaster.nl/lvbag/v2/adressen?page=2")
        #expect(throws: OpenServicesError.self) { try next("https://other.example/adressen?page=2") }
    }

    @Test("pageNumber: short page, total and maximum end the paging")
    func pageNumberRule() throws {
        let style = PagingStyle<PageNumber, KVKPage<Int>>.pageNumber(total: \.totaal, maximumResults: 1_000)
        func next(_ cursor: PageNumber, count: Int, totaal: Int?) throws -> PageNumber? {
            try style.cursor(after: KVKPage(totaal: totaal, resultaten: Array(repeating: 0, count: count)), at: cursor)
        }

        #expect(try next(PageNumber(size: 10), count: 10, totaal: nil) == PageNumber(2, size: 10))
        #expect(try next(PageNumber(size: 10), count: 9, totaal: nil) == nil)
        #expect(try next(PageNumber(size: 10), count: 0, totaal: 50) == nil)
        #expect(try next(PageNumber(4, size: 10), count: 10, totaal: 50) == PageNumber(5, size: 10))
        #expect(try next(PageNumber(5, size: 10), count: 10, totaal: 50) == nil)
        #expect(try next(PageNumber(10, size: 100), count: 100, totaal: 4_000) == nil)
        #expect(try next(PageNumber(9, size: 100), count: 100, totaal: 4_000) == PageNumber(10, size: 100))
        #expect(PageNumber(3, size: 25).offset == 50)
        #expect(PageNumber(3, size: 25).description == "page 3 (size 25)")
    }

    @Test("offset: total, short page without total, and maximum start")
    func offsetRule() throws {
        let style = PagingStyle<PageOffset, SolrPage<Int>>.solr(maximumStart: 10_000)
        func next(_ cursor: PageOffset, count: Int, numFound: Int) throws -> PageOffset? {
            try style.cursor(after: SolrPage(response: .init(numFound: numFound, start: cursor.start, docs: Array(repeating: 0, count: count))), at: cursor)
        }

        #expect(try next(PageOffset(rows: 100), count: 100, numFound: 165) == PageOffset(start: 100, rows: 100))
        #expect(try next(PageOffset(start: 100, rows: 100), count: 65, numFound: 165) == nil)
        #expect(try next(PageOffset(rows: 100), count: 0, numFound: 165) == nil)
        #expect(try next(PageOffset(start: 9_900, rows: 100), count: 100, numFound: 50_000) == PageOffset(start: 10_000, rows: 100))
        #expect(try next(PageOffset(start: 10_000, rows: 100), count: 100, numFound: 50_000) == nil)
        #expect(PageOffset(start: 100, rows: 50).description == "start 100 (rows 50)")
    }
}
