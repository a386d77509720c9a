import Foundation
import OpenServicesCore
import Testing

@Suite("Pagination: every style paged to the end")
struct PaginationStyleTests {
    @Test("ZGW next links: all pages, one fetch each, in order")
    func zgwToTheEnd() async throws {
        let list = PagingFakeZGWList(total: 7, pageSize: 3)
        let log = PagingFetchLog<URL>()
        let pages = PageSequence(start: list.first, style: .nextLink(\ZGWPage<Int>.next)) { url in
            await log.record(url)
            return try list.page(url)
        }

        let items = try await pages.items.collect()

        #expect(items == Array(1...7))
        #expect(await log.cursors.map(\.absoluteString) == [
            "https://zaken.example.nl/zaken/api/v1/zaken",
            "https://zaken.example.nl/zaken/api/v1/zaken?page=2",
            "https://zaken.example.nl/zaken/api/v1/zaken?page=3",
        ])
    }

    @Test("BAG HAL _links.next.href, relative links resolved against the page's URL")
    func halToTheEnd() async throws {
        struct Adressen: Codable, Sendable { var adressen: [String]? }
        let base = "https://api.bag.kadaster.nl/lvbag/individuelebevragingen/v2/adressen?postcode=2631CR"
        let bodies: [String: String] = [
            base: #"{"_links":{"self":{"href":"/lvbag/individuelebevragingen/v2/adressen?postcode=2631CR"},"next":{"href":"/lvbag/individuelebevragingen/v2/adressen?postcode=2631CR&page=2","title":"Volgende pagina"}},"_embedded":{"adressen":["a","b"]}}"#,
            base + "&page=2": #"{"_links":{"next":{"href":"adressen?postcode=2631CR&page=3"}},"_embedded":{"adressen":["c","d"]}}"#,
            base + "&page=3": #"{"_links":{"self":{"href":"adressen?postcode=2631CR&page=3"}},"_embedded":{"adressen":["e"]}}"#,
        ]
        let log = PagingFetchLog<URL>()
        let pages = PageSequence(
            start: URL(string: base)!, style: .nextLink(\HALCollection<Adressen>.links?.next?.href)
        ) { url in
            await log.record(url)
            let body = try #require(bodies[url.absoluteString])
            return try JSONDecoder().decode(HALCollection<Adressen>.self, from: Data(body.utf8))
        }

        let items = try await pages.items { $0.embedded?.adressen ?? [] }.collect()

        #expect(items == ["a", "b", "c", "d", "e"])
        #expect(await log.count == 3)
    }

    @Test("KVK pagina/resultatenPerPagina: stops at totaal without fetching an empty page")
    func kvkToTheEnd() async throws {
        for (totaal, size, expectedFetches) in [(25, 10, 3), (20, 10, 2), (1, 10, 1), (100, 100, 1)] {
            let kvk = PagingFakeKVK(totaal: totaal)
            let log = PagingFetchLog<PageNumber>()
            let pages = PageSequence(start: PageNumber(size: size), style: .kvk()) { cursor in
                await log.record(cursor)
                return kvk.page(cursor)
            }

            let items = try await pages.items.collect()

            #expect(items == Array(0..<totaal))
            #expect(await log.cursors == (1...expectedFetches).map { PageNumber($0, size: size) })
        }
    }

    @Test("KVK with the generic page-number style and a short last page")
    func kvkGenericPageNumber() async throws {
        let kvk = PagingFakeKVK(totaal: 23)
        let log = PagingFetchLog<PageNumber>()
        let pages = PageSequence(start: PageNumber(size: 5), style: .pageNumber(total: \KVKPage<Int>.totaal)) { cursor in
            await log.record(cursor)
            return kvk.page(cursor)
        }

        #expect(try await pages.items.collect() == Array(0..<23))
        #expect(await log.count == 5)
    }

    @Test("KVK caps the page size: the next pages use the size the service reported")
    func kvkReportedPageSize() async throws {
        let kvk = PagingFakeKVK(totaal: 250)
        let log = PagingFetchLog<PageNumber>()
        let pages = PageSequence(start: PageNumber(size: 200), style: .kvk()) { cursor in
            await log.record(cursor)
            return kvk.page(cursor)
        }

        #expect(try await pages.items.collect() == Array(0..<250))
        #expect(await log.cursors == [PageNumber(1, size: 200), PageNumber(2, size: 100), PageNumber(3, size: 100)])
    }

    @Test("KVK shows at most 1,000 results: paging stops there however large totaal is")
    func kvkThousandCap() async throws {
        for size in [100, 30] {
            let kvk = PagingFakeKVK(totaal: 5_000)
            let log = PagingFetchLog<PageNumber>()
            let pages = PageSequence(start: PageNumber(size: size), style: .kvk()) { cursor in
                await log.record(cursor)
                return kvk.page(cursor)
            }

            let items = try await pages.items.collect()

            #expect(items == Array(0..<1_000))
            #expect(await log.count == (1_000 + size - 1) / size)
            #expect(await log.cursors.allSatisfy { $0.offset < 1_000 })
        }
    }

    @Test("KVK 1000 cap holds even when the service keeps serving results")
    func kvkThousandCapAgainstAGenerousService() async throws {
        let kvk = PagingFakeKVK(totaal: 5_000, shown: 5_000)
        let log = PagingFetchLog<PageNumber>()
        let pages = PageSequence(start: PageNumber(size: 100), style: .kvk()) { cursor in
            await log.record(cursor)
            return kvk.page(cursor)
        }

        #expect(try await pages.items.collect().count == 1_000)
        #expect(await log.count == 10)
    }

    @Test("PDOK start/rows: stops at numFound")
    func pdokToTheEnd() async throws {
        let pdok = PagingFakePDOK(numFound: 165)
        let log = PagingFetchLog<PageOffset>()
        let pages = PageSequence(start: PageOffset(rows: 50), style: .solr()) { cursor in
            await log.record(cursor)
            return pdok.page(cursor)
        }

        #expect(try await pages.items.collect() == Array(0..<165))
        #expect(await log.cursors.map(\.start) == [0, 50, 100, 150])
    }

    @Test("PDOK caps rows: the next page starts after the last document received")
    func pdokCappedRows() async throws {
        let pdok = PagingFakePDOK(numFound: 250)
        let log = PagingFetchLog<PageOffset>()
        let pages = PageSequence(start: PageOffset(rows: 200), style: .solr()) { cursor in
            await log.record(cursor)
            return pdok.page(cursor)
        }

        #expect(try await pages.items.collect() == Array(0..<250))
        #expect(await log.cursors.map(\.start) == [0, 100, 200])
    }

    @Test("PDOK refuses start beyond its maximum: paging ends there")
    func pdokMaximumStart() async throws {
        let pdok = PagingFakePDOK(numFound: 1_000_000)
        let log = PagingFetchLog<PageOffset>()
        let pages = PageSequence(start: PageOffset(rows: 100), style: .solr(maximumStart: 300)) { cursor in
            await log.record(cursor)
            return pdok.page(cursor)
        }

        #expect(try await pages.items.collect() == Array(0..<400))
        #expect(await log.cursors.map(\.start) == [0, 100, 200, 300])
        #expect(SolrPage<Int>.maximumStart == 10_000)
    }

    @Test("Generic offset style, with and without a total")
    func genericOffset() async throws {
        let pdok = PagingFakePDOK(numFound: 45)
        let withTotal = PageSequence(start: PageOffset(rows: 20), style: .offset(total: \SolrPage<Int>.response.numFound)) { cursor in
            pdok.page(cursor)
        }
        let withoutTotal = PageSequence(start: PageOffset(rows: 20), style: .offset()) { cursor in
            pdok.page(cursor)
        }

        #expect(try await withTotal.items.collect() == Array(0..<45))
        #expect(try await withoutTotal.items.collect() == Array(0..<45))
        #expect(try await withoutTotal.collect().count == 3)
    }

    @Test("Empty first page, in every style: one fetch, no items")
    func emptyFirstPage() async throws {
        let zgwLog = PagingFetchLog<URL>()
        let zgw = PageSequence(start: URL(string: "https://zaken.example.nl/zaken")!, style: .nextLink(\ZGWPage<Int>.next)) { url in
            await zgwLog.record(url)
            return ZGWPage(count: 0, results: [])
        }
        #expect(try await zgw.items.collect().isEmpty)
        #expect(try await zgw.collect().count == 1)

        struct Adressen: Codable, Sendable { var adressen: [String]? }
        let hal = PageSequence(start: URL(string: "https://bag.example.nl/adressen")!, style: .nextLink(\HALCollection<Adressen>.links?.next?.href)) { _ in
            try JSONDecoder().decode(HALCollection<Adressen>.self, from: Data(#"{"_links":{"self":{"href":"/adressen"}}}"#.utf8))
        }
        #expect(try await hal.items { $0.embedded?.adressen ?? [] }.collect().isEmpty)

        let kvkLog = PagingFetchLog<PageNumber>()
        let kvk = PageSequence(start: PageNumber(size: 10), style: .kvk()) { cursor in
            await kvkLog.record(cursor)
            return PagingFakeKVK(totaal: 0).page(cursor)
        }
        #expect(try await kvk.items.collect().isEmpty)

        let pdokLog = PagingFetchLog<PageOffset>()
        let pdok = PageSequence(start: PageOffset(rows: 10), style: .solr()) { cursor in
            await pdokLog.record(cursor)
            return PagingFakePDOK(numFound: 0).page(cursor)
        }
        #expect(try await pdok.items.collect().isEmpty)

        #expect(await zgwLog.count == 2)  // two iterations, one fetch each
        #expect(await kvkLog.count == 1)
        #expect(await pdokLog.count == 1)
    }

    @Test("Empty pages in the middle are skipped by items")
    func emptyMiddlePage() async throws {
        let base = "https://zaken.example.nl/zaken"
        let pages: [String: ZGWPage<Int>] = [
            base: ZGWPage(count: 3, next: base + "?page=2", results: [1]),
            base + "?page=2": ZGWPage(count: 3, next: base + "?page=3", results: []),
            base + "?page=3": ZGWPage(count: 3, results: [2, 3]),
        ]
        let sequence = PageSequence(start: URL(string: base)!, style: .nextLink(\ZGWPage<Int>.next)) { url in
            try #require(pages[url.absoluteString])
        }

        #expect(try await sequence.items.collect() == [1, 2, 3])
    }
}
