import Foundation
import OpenServicesCore
import Testing

@Suite("Pagination: laziness, loops, limits, errors")
struct PaginationBehaviourTests {
    private static func zgwSequence(_ list: PagingFakeZGWList, _ log: PagingFetchLog<URL>, maximumPages: Int = 1_000) -> PageSequence<ZGWPage<Int>> {
        PageSequence(start: list.first, style: .nextLink(\.next), maximumPages: maximumPages) { url in
            await log.record(url)
            return try list.page(url)
        }
    }

    @Test("Nothing is fetched before iteration")
    func noFetchBeforeIteration() async throws {
        let log = PagingFetchLog<URL>()
        let pages = Self.zgwSequence(PagingFakeZGWList(total: 10, pageSize: 2), log)
        let items = pages.items
        _ = pages.makeAsyncIterator()
        _ = items.makeAsyncIterator()
        _ = items.prefix(3)

        #expect(await log.count == 0)
    }

    @Test("prefix(3) fetches only the pages that hold the first three items")
    func prefixFetchesOnlyWhatIsNeeded() async throws {
        let log = PagingFetchLog<URL>()
        let pages = Self.zgwSequence(PagingFakeZGWList(total: 100, pageSize: 2), log)

        var items: [Int] = []
        for try await item in pages.items.prefix(3) {
            items.append(item)
        }

        #expect(items == [1, 2, 3])
        #expect(await log.count == 2)
    }

    @Test("Pages are fetched one at a time, as iteration asks for them")
    func oneFetchPerPage() async throws {
        let log = PagingFetchLog<URL>()
        let pages = Self.zgwSequence(PagingFakeZGWList(total: 10, pageSize: 2), log)
        var iterator = pages.makeAsyncIterator()

        _ = try await iterator.next()
        #expect(await log.count == 1)
        _ = try await iterator.next()
        #expect(await log.count == 2)
        #expect(try await pages.collect(max: 3).count == 3)
        #expect(await log.count == 5)
        #expect(try await pages.items.collect(max: 5) == [1, 2, 3, 4, 5])
        #expect(await log.count == 8)
        #expect(try await pages.items.collect(max: 0).isEmpty)
        #expect(await log.count == 8)
    }

    @Test("Every iteration starts from the first page again")
    func reiteration() async throws {
        let log = PagingFetchLog<URL>()
        let pages = Self.zgwSequence(PagingFakeZGWList(total: 4, pageSize: 2), log)

        #expect(try await pages.items.collect() == [1, 2, 3, 4])
        #expect(try await pages.items.collect() == [1, 2, 3, 4])
        #expect(await log.count == 4)
    }

    // MARK: repeated links

    private static func linkedPages(_ links: [String: String?]) -> @Sendable (URL) async throws -> ZGWPage<String> {
        { url in
            let key = url.absoluteString
            guard let next = links[key] else { throw PagingFakeError.noSuchPage(key) }
            return ZGWPage(count: 99, next: next, results: [key])
        }
    }

    @Test("A page linking to itself: delivered once, then the sequence throws")
    func selfLink() async throws {
        let a = "https://zaken.example.nl/zaken?page=1"
        let log = PagingFetchLog<URL>()
        let fetch = Self.linkedPages([a: a])
        let pages = PageSequence(start: URL(string: a)!, style: .nextLink(\.next)) { url in
            await log.record(url)
            return try await fetch(url)
        }

        let (items, error) = await drainPaging(pages.items)

        #expect(items == [a])
        let paging = try #require(error as? OpenServicesError)
        #expect(paging.code == .unexpectedStatus)
        #expect(paging.message.contains("page 1 leads back to page 1"))
        #expect(await log.count == 1)
    }

    @Test("A relative self link is recognised as the same page")
    func relativeSelfLink() async throws {
        let a = "https://zaken.example.nl/zaken?page=1"
        let pages = PageSequence(start: URL(string: a)!, style: .nextLink(\ZGWPage<Int>.next)) { _ in
            ZGWPage(count: 1, next: "/zaken?page=1", results: [1])
        }

        let (items, error) = await drainPaging(pages.items)

        #expect(items == [1])
        #expect((error as? OpenServicesError)?.code == .unexpectedStatus)
    }

    @Test("Two pages linking to each other: both delivered, then the sequence throws")
    func cycleOfTwo() async throws {
        let a = "https://zaken.example.nl/zaken?page=1", b = "https://zaken.example.nl/zaken?page=2"
        let log = PagingFetchLog<URL>()
        let fetch = Self.linkedPages([a: b, b: a])
        let pages = PageSequence(start: URL(string: a)!, style: .nextLink(\.next)) { url in
            await log.record(url)
            return try await fetch(url)
        }

        let (items, error) = await drainPaging(pages.items)

        #expect(items == [a, b])
        #expect((error as? OpenServicesError)?.code == .unexpectedStatus)
        #expect(await log.count == 2)
    }

    @Test("A link back to any earlier page is caught, not only to the previous one")
    func longerCycle() async throws {
        let a = "https://zaken.example.nl/zaken?page=1", b = "https://zaken.example.nl/zaken?page=2"
        let c = "https://zaken.example.nl/zaken?page=3", d = "https://zaken.example.nl/zaken?page=4"
        let log = PagingFetchLog<URL>()
        let fetch = Self.linkedPages([a: b, b: c, c: d, d: b])
        let pages = PageSequence(start: URL(string: a)!, style: .nextLink(\.next)) { url in
            await log.record(url)
            return try await fetch(url)
        }

        let (pagesSeen, error) = await drainPaging(pages)

        #expect(pagesSeen.flatMap(\.results) == [a, b, c, d])
        let paging = try #require(error as? OpenServicesError)
        #expect(paging.message.contains("page 4 leads back to page 2"))
        #expect(await log.count == 4)
    }

    @Test("After the error the iterator stays finished")
    func finishedAfterError() async throws {
        let a = "https://zaken.example.nl/zaken?page=1"
        let pages = PageSequence(start: URL(string: a)!, style: .nextLink(\ZGWPage<String>.next), fetch: Self.linkedPages([a: a]))
        var iterator = pages.makeAsyncIterator()

        #expect(try await iterator.next() != nil)
        await #expect(throws: OpenServicesError.self) { try await iterator.next() }
        #expect(try await iterator.next() == nil)
    }

    // MARK: limits

    @Test("The maximum page count stops a service that never ends")
    func maximumPages() async throws {
        let log = PagingFetchLog<URL>()
        let pages = PageSequence(
            start: URL(string: "https://zaken.example.nl/zaken?page=1")!, style: .nextLink(\ZGWPage<Int>.next), maximumPages: 5
        ) { url in
            await log.record(url)
            let number = Int(url.query!.dropFirst("page=".count))!
            return ZGWPage(count: .max, next: "https://zaken.example.nl/zaken?page=\(number + 1)", results: [number])
        }

        let (items, error) = await drainPaging(pages.items)

        #expect(items == [1, 2, 3, 4, 5])
        let limit = try #require(error as? OpenServicesError)
        #expect(limit.code == .unexpectedStatus)
        #expect(limit.message.contains("more than 5 pages"))
        #expect(await log.count == 5)
    }

    @Test("Exactly maximumPages pages end normally")
    func maximumPagesNotExceeded() async throws {
        let log = PagingFetchLog<URL>()
        let pages = Self.zgwSequence(PagingFakeZGWList(total: 6, pageSize: 2), log, maximumPages: 3)

        #expect(try await pages.items.collect() == Array(1...6))
    }

    // MARK: links that are not followed

    @Test("A next link to another host, or from https to http, is not followed")
    func foreignNextLink() async throws {
        for next in ["https://elsewhere.example.com/zaken?page=2", "http://zaken.example.nl/zaken?page=2", "https://zaken.example.nl:8443/zaken?page=2"] {
            let log = PagingFetchLog<URL>()
            let pages = PageSequence(start: URL(string: "https://zaken.example.nl/zaken")!, style: .nextLink(\ZGWPage<Int>.next)) { url in
                await log.record(url)
                return ZGWPage(count: 2, next: next, results: [1])
            }

            let (items, error) = await drainPaging(pages.items)

            #expect(items == [1])
            let refused = try #require(error as? OpenServicesError)
            #expect(refused.code == .unexpectedStatus)
            #expect(refused.message.contains("instead of https://zaken.example.nl:443"))
            #expect(await log.count == 1)
        }
    }

    @Test("Explicit default ports and host case do not count as another origin")
    func sameOriginSpelledDifferently() async throws {
        let base = "https://zaken.example.nl/zaken"
        let pages: [String: ZGWPage<Int>] = [
            base: ZGWPage(count: 2, next: "https://ZAKEN.example.nl:443/zaken?page=2", results: [1]),
            "https://ZAKEN.example.nl:443/zaken?page=2": ZGWPage(count: 2, results: [2]),
        ]
        let sequence = PageSequence(start: URL(string: base)!, style: .nextLink(\ZGWPage<Int>.next)) { url in
            guard let page = pages[url.absoluteString] else { throw PagingFakeError.noSuchPage(url.absoluteString) }
            return page
        }

        #expect(try await sequence.items.collect() == [1, 2])
    }

    @Test("A next link that is not a URL ends the sequence with an error after the page")
    func invalidNextLink() async throws {
        let pages = PageSequence(start: URL(string: "https://zaken.example.nl/zaken")!, style: .nextLink(\ZGWPage<Int>.next)) { _ in
            ZGWPage(count: 2, next: "http://[not a url", results: [1])
        }

        let (items, error) = await drainPaging(pages.items)

        #expect(items == [1])
        let invalid = try #require(error as? OpenServicesError)
        #expect(invalid.code == .unexpectedStatus)
        #expect(invalid.message.contains("not a valid URL"))
    }

    @Test("An empty next link means the last page")
    func emptyNextLink() async throws {
        let pages = PageSequence(start: URL(string: "https://zaken.example.nl/zaken")!, style: .nextLink(\ZGWPage<Int>.next)) { _ in
            ZGWPage(count: 1, next: "", results: [1])
        }

        #expect(try await pages.items.collect() == [1])
    }

    // MARK: errors of the fetch closure

    @Test("An error of the fetch closure ends the sequence unchanged")
    func fetchError() async throws {
        let list = PagingFakeZGWList(total: 6, pageSize: 2)
        let log = PagingFetchLog<URL>()
        let pages = PageSequence(start: list.first, style: .nextLink(\.next)) { url in
            await log.record(url)
            if await log.count == 2 { throw PagingFakeError.boom }
            return try list.page(url)
        }
        var iterator = pages.items.makeAsyncIterator()

        #expect(try await iterator.next() == 1)
        #expect(try await iterator.next() == 2)
        await #expect(throws: PagingFakeError.boom) { try await iterator.next() }
        #expect(try await iterator.next() == nil)
        #expect(await log.count == 2)
    }

    @Test("A custom style: any Hashable cursor")
    func customStyle() async throws {
        let tokens = ["": "b", "b": "c", "c": nil] as [String: String?]
        let style = PagingStyle<String, ZGWPage<String>> { page, _ in page.next }
        let pages = PageSequence(start: "", style: style) { token in
            ZGWPage(count: 3, next: tokens[token] ?? nil, results: [token])
        }

        #expect(try await pages.items.collect() == ["", "b", "c"])
        #expect(try style.cursor(after: ZGWPage(count: 0, next: "x", results: []), at: "") == "x")
    }
}
