/// The pages of a paged service response, fetched lazily one at a time.
///
/// A `PageSequence` is built from the cursor of the first page, a ``PagingStyle`` that derives
/// each next cursor from the page just fetched, and a `fetch` closure that turns a cursor into a
/// page (a typed client runs its pipeline in it). Iterate it with `for try await`, or read its
/// items with ``items`` or ``items(_:)``:
///
/// ```swift
/// let context = OperationContext(service: "zaken", operation: "zaken.lijst")
/// let zaken = PageSequence(start: zakenURL, style: .nextLink(\ZGWPage<Zaak>.next)) { url in
///     let response = try await pipeline.execute(ServiceRequest(method: .get, url: url), context: context)
///     return try await response.decode(ZGWPage<Zaak>.self, context: context)
/// }
/// for try await zaak in zaken.items {
///     print(zaak.identificatie)
/// }
/// ```
///
/// ## Behaviour
///
/// - **Lazy.** Nothing is fetched until iteration asks for a page, and each page is fetched once
///   per iteration, only when it is needed: `zaken.items.prefix(3)` fetches just the pages that
///   hold the first three items. Every new iteration starts again from the first page.
/// - **Cancellation-aware.** Before every fetch the task's cancellation is checked; a cancelled
///   task ends the sequence with an ``OpenServicesError`` whose code is
///   ``OpenServicesError/Code-swift.struct/cancelled``. A `CancellationError` thrown by the fetch
///   closure is reported the same way. Errors of the fetch closure end the sequence unchanged.
/// - **Loop-safe.** Every cursor fetched is remembered. When a page's next cursor (for
///   ``PagingStyle/nextLink(_:)``: its next link) repeats any cursor fetched before — a page
///   linking to itself, or two pages linking to each other — the page is delivered and the
///   sequence then **throws** an ``OpenServicesError`` with code
///   ``OpenServicesError/Code-swift.struct/unexpectedStatus`` instead of fetching it again. It
///   throws rather than ending quietly because the service's paging is broken and the results
///   may be incomplete; a caller that prefers what it has can catch the error.
/// - **Bounded.** After `maximumPages` pages, when the service still names a next page, the
///   sequence throws an ``OpenServicesError`` with code
///   ``OpenServicesError/Code-swift.struct/unexpectedStatus`` rather than fetch without end.
public struct PageSequence<Page: Sendable>: AsyncSequence, Sendable {
    /// A page.
    public typealias Element = Page
    /// Any error of the fetch closure, or an ``OpenServicesError`` of the sequence itself.
    public typealias Failure = any Error

    /// The engine of a fresh iteration, with nothing fetched yet.
    private let source: any PageSource<Page>

    /// Creates a page sequence. Nothing is fetched until it is iterated.
    ///
    /// ```swift
    /// let pages = PageSequence(start: PageNumber(size: 100), style: .kvk()) { cursor in
    ///     try await kvk.zoeken(naam: "Bakkerij", pagina: cursor.number, resultatenPerPagina: cursor.size)
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - start: The cursor of the first page: its URL, ``PageNumber`` or ``PageOffset``.
    ///   - style: The rule that derives the next cursor from a page.
    ///   - maximumPages: The most pages one iteration fetches; 1,000 by default.
    ///   - fetch: Fetches the page a cursor points to.
    public init<Cursor: Hashable & Sendable>(
        start: Cursor,
        style: PagingStyle<Cursor, Page>,
        maximumPages: Int = 1_000,
        fetch: @escaping @Sendable (_ cursor: Cursor) async throws -> Page
    ) {
        precondition(maximumPages >= 1, "A PageSequence must allow at least one page")
        self.source = PageWalker(start: start, style: style, maximumPages: maximumPages, fetch: fetch)
    }

    /// Starts an iteration from the first page.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(source: source)
    }

    /// Iterates the pages of a ``PageSequence``.
    public struct AsyncIterator: AsyncIteratorProtocol {
        private var source: any PageSource<Page>

        fileprivate init(source: any PageSource<Page>) {
            self.source = source
        }

        /// Fetches the next page, or returns `nil` after the last one.
        public mutating func next() async throws -> Page? {
            try await source.next(isolation: nil)
        }

        /// Fetches the next page, or returns `nil` after the last one.
        public mutating func next(isolation actor: isolated (any Actor)?) async throws(any Error) -> Page? {
            try await source.next(isolation: actor)
        }
    }
}

extension PageSequence {
    /// Fetches pages until the end or until `limit` pages, and returns them.
    ///
    /// ```swift
    /// let firstTwo = try await pages.collect(max: 2)
    /// ```
    ///
    /// - Parameter limit: The most pages to fetch.
    public func collect(max limit: Int = .max) async throws -> [Page] {
        var pages: [Page] = []
        guard limit > 0 else { return pages }
        for try await page in self {
            pages.append(page)
            if pages.count >= limit { break }
        }
        return pages
    }
}
