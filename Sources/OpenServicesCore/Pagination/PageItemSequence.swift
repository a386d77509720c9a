/// The items of a ``PageSequence``, page after page, as one flat asynchronous sequence.
///
/// Pages are fetched only when their items are needed, and empty pages are skipped. Between
/// items the task's cancellation is checked too, so a cancelled task stops promptly with an
/// ``OpenServicesError`` whose code is ``OpenServicesError/Code-swift.struct/cancelled``, even in
/// the middle of a page. Every other behaviour is the page sequence's.
///
/// ```swift
/// let results = PageSequence(start: PageOffset(rows: 100), style: .solr()) { cursor in
///     try await pdok.free(q: "Bolstraat Utrecht", start: cursor.start, rows: cursor.rows)
/// }
/// for try await adres in results.items {
///     print(adres.weergavenaam)
/// }
/// ```
public struct PageItemSequence<Page: Sendable, Item: Sendable>: AsyncSequence, Sendable {
    /// An item.
    public typealias Element = Item
    /// Any error of the underlying ``PageSequence``.
    public typealias Failure = any Error

    /// The pages the items come from.
    public let pages: PageSequence<Page>
    private let itemsOfPage: @Sendable (Page) -> [Item]

    /// Creates the item sequence of `pages`.
    ///
    /// - Parameters:
    ///   - pages: The pages.
    ///   - items: Reads the items of a page.
    public init(pages: PageSequence<Page>, items: @escaping @Sendable (Page) -> [Item]) {
        self.pages = pages
        self.itemsOfPage = items
    }

    /// Starts an iteration from the first page.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(pages: pages.makeAsyncIterator(), itemsOfPage: itemsOfPage)
    }

    /// Iterates the items of a ``PageItemSequence``.
    public struct AsyncIterator: AsyncIteratorProtocol {
        private var pages: PageSequence<Page>.AsyncIterator
        private let itemsOfPage: @Sendable (Page) -> [Item]
        private var buffer: [Item] = []
        private var index = 0
        private var finished = false

        fileprivate init(pages: PageSequence<Page>.AsyncIterator, itemsOfPage: @escaping @Sendable (Page) -> [Item]) {
            self.pages = pages
            self.itemsOfPage = itemsOfPage
        }

        /// The next item, fetching the next page when the current one is used up; `nil` at the end.
        public mutating func next() async throws -> Item? {
            try await next(isolation: nil)
        }

        /// The next item, fetching the next page when the current one is used up; `nil` at the end.
        public mutating func next(isolation actor: isolated (any Actor)?) async throws(any Error) -> Item? {
            while !finished {
                if index < buffer.count {
                    guard !Task.isCancelled else {
                        finish()
                        throw OpenServicesError.pagingCancelled()
                    }
                    defer { index += 1 }
                    return buffer[index]
                }
                do {
                    guard let page = try await pages.next(isolation: actor) else {
                        finish()
                        return nil
                    }
                    buffer = itemsOfPage(page)
                    index = 0
                } catch {
                    finish()
                    throw error
                }
            }
            return nil
        }

        private mutating func finish() {
            finished = true
            buffer = []
            index = 0
        }
    }
}

extension PageItemSequence {
    /// Reads items until the end or until `limit` items, and returns them; only the pages that
    /// hold them are fetched.
    ///
    /// ```swift
    /// let firstFifty = try await zaken.items.collect(max: 50)
    /// ```
    ///
    /// - Parameter limit: The most items to return.
    public func collect(max limit: Int = .max) async throws -> [Item] {
        var items: [Item] = []
        guard limit > 0 else { return items }
        for try await item in self {
            items.append(item)
            if items.count >= limit { break }
        }
        return items
    }
}

extension PageSequence {
    /// The items of every page, read with `items`.
    ///
    /// ```swift
    /// for try await adres in pages.items({ $0.embedded?.adressen ?? [] }) { … }
    /// let zaken = pages.items(\.results)
    /// ```
    ///
    /// - Parameter items: Reads the items of a page.
    public func items<Item: Sendable>(_ items: @escaping @Sendable (Page) -> [Item]) -> PageItemSequence<Page, Item> {
        PageItemSequence(pages: self, items: items)
    }
}

extension PageSequence where Page: Paged {
    /// The items of every page, as the page's ``Paged/pageItems``.
    ///
    /// ```swift
    /// for try await zaak in zakenPages.items { … }
    /// ```
    public var items: PageItemSequence<Page, Page.Item> {
        PageItemSequence(pages: self, items: { $0.pageItems })
    }
}
