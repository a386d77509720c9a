import Foundation
import OpenServicesCore
import Testing

@Suite("Pagination: cancellation")
struct PaginationCancellationTests {
    @Test("Cancelled while a fetch is in flight: ends promptly with .cancelled")
    func cancelDuringFetch() async throws {
        let list = PagingFakeZGWList(total: 6, pageSize: 2)
        let log = PagingFetchLog<URL>()
        let (secondFetch, signal) = AsyncStream<Void>.makeStream()
        let pages = PageSequence(start: list.first, style: .nextLink(\ZGWPage<Int>.next)) { url in
            await log.record(url)
            if await log.count == 2 {
                signal.yield()
                try await Task.sleep(for: .seconds(60))
            }
            return try list.page(url)
        }
        let task = Task { await drainPaging(pages.items) }

        for await _ in secondFetch { break }
        let clock = ContinuousClock()
        let cancelled = clock.now
        task.cancel()
        let (items, error) = await task.value

        #expect(clock.now - cancelled < .seconds(5))
        #expect(items == [1, 2])
        #expect((error as? OpenServicesError)?.code == .cancelled)
        #expect(await log.count == 2)
    }

    @Test("Cancelled between pages: no further fetch, ends with .cancelled")
    func cancelBetweenPages() async throws {
        let list = PagingFakeZGWList(total: 6, pageSize: 2)
        let log = PagingFetchLog<URL>()
        let pages = PageSequence(start: list.first, style: .nextLink(\ZGWPage<Int>.next)) { url in
            await log.record(url)
            return try list.page(url)
        }

        let result = await Task {
            var seen: [ZGWPage<Int>] = []
            do {
                for try await page in pages {
                    seen.append(page)
                    withUnsafeCurrentTask { $0?.cancel() }
                }
                return (seen.count, nil as OpenServicesError?)
            } catch {
                return (seen.count, error as? OpenServicesError)
            }
        }.value

        #expect(result.0 == 1)
        #expect(result.1?.code == .cancelled)
        #expect(await log.count == 1)
    }

    @Test("Cancelled in the middle of a page: items stop at once with .cancelled")
    func cancelMidPage() async throws {
        let list = PagingFakeZGWList(total: 20, pageSize: 10)
        let log = PagingFetchLog<URL>()
        let pages = PageSequence(start: list.first, style: .nextLink(\ZGWPage<Int>.next)) { url in
            await log.record(url)
            return try list.page(url)
        }

        let result = await Task {
            var seen: [Int] = []
            do {
                for try await item in pages.items {
                    seen.append(item)
                    if item == 3 { withUnsafeCurrentTask { $0?.cancel() } }
                }
                return (seen, nil as OpenServicesError?)
            } catch {
                return (seen, error as? OpenServicesError)
            }
        }.value

        #expect(result.0 == [1, 2, 3])
        #expect(result.1?.code == .cancelled)
        #expect(await log.count == 1)
    }

    @Test("A task cancelled before iterating fetches nothing")
    func cancelledBeforeStart() async throws {
        let log = PagingFetchLog<PageNumber>()
        let pages = PageSequence(start: PageNumber(size: 10), style: .kvk()) { cursor in
            await log.record(cursor)
            return PagingFakeKVK(totaal: 100).page(cursor)
        }

        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return await drainPaging(pages.items)
        }
        let (items, error) = await task.value

        #expect(items.isEmpty)
        let cancelled = try #require(error as? OpenServicesError)
        #expect(cancelled.code == .cancelled)
        #expect(cancelled.category == .cancelled)
        #expect(await log.count == 0)
    }
}
