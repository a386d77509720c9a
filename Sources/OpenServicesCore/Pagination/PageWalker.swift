/// A source of pages, one iteration's worth: the type-erased engine behind ``PageSequence``.
protocol PageSource<Page>: Sendable {
    associatedtype Page: Sendable

    /// The next page, or `nil` after the last one.
    mutating func next(isolation actor: isolated (any Actor)?) async throws -> Page?
}

/// Walks the pages of one iteration: fetches lazily, checks cancellation before every fetch,
/// detects repeated cursors and enforces the page limit.
struct PageWalker<Cursor: Hashable & Sendable, Page: Sendable>: PageSource {
    private enum State: Sendable {
        /// The next page to fetch.
        case ready(Cursor)
        /// The page before was delivered; this error ends the sequence at the next call.
        case failed(any Error)
        /// The sequence has ended.
        case finished
    }

    private var state: State
    /// Every cursor fetched so far, with the 1-based number of the page it fetched.
    private var seen: [Cursor: Int] = [:]
    private var fetchedPages = 0
    private let style: PagingStyle<Cursor, Page>
    private let maximumPages: Int
    private let fetch: @Sendable (Cursor) async throws -> Page

    init(start: Cursor, style: PagingStyle<Cursor, Page>, maximumPages: Int, fetch: @escaping @Sendable (Cursor) async throws -> Page) {
        self.state = .ready(start)
        self.style = style
        self.maximumPages = maximumPages
        self.fetch = fetch
    }

    mutating func next(isolation actor: isolated (any Actor)?) async throws -> Page? {
        let cursor: Cursor
        switch state {
        case .finished:
            return nil
        case .failed(let error):
            state = .finished
            throw error
        case .ready(let next):
            cursor = next
        }
        guard !Task.isCancelled else {
            state = .finished
            throw OpenServicesError.pagingCancelled()
        }
        guard fetchedPages < maximumPages else {
            state = .finished
            throw OpenServicesError.pagingTooManyPages(maximumPages)
        }

        let page: Page
        do {
            page = try await fetch(cursor)
        } catch is CancellationError {
            state = .finished
            throw OpenServicesError.pagingCancelled()
        } catch {
            state = .finished
            throw error
        }
        fetchedPages += 1
        seen[cursor] = fetchedPages

        do {
            if let next = try style.cursor(after: page, at: cursor) {
                if let earlier = seen[next] {
                    state = .failed(OpenServicesError.pagingRepeatedLink(page: fetchedPages, repeats: earlier))
                } else {
                    state = .ready(next)
                }
            } else {
                state = .finished
            }
        } catch {
            state = .failed(error)
        }
        return page
    }
}
