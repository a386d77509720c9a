import Foundation
import OpenServicesCore
import Testing

@Suite("Pagination: style rules")
struct PaginationRuleTests {
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
