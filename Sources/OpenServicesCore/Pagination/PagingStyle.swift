/// How a service pages: the rule that derives the cursor of the next page from the page just
/// fetched, or says that it was the last one.
///
/// Pick the style that matches the service:
///
/// | Service | Style | Cursor |
/// |---|---|---|
/// | BAG (HAL `_links.next.href`), ZGW (`next`) | ``nextLink(_:)`` | `URL` |
/// | KVK Zoeken (`pagina`, `resultatenPerPagina`, `totaal`) | ``kvk()`` or ``pageNumber(total:maximumResults:)`` | ``PageNumber`` |
/// | PDOK Locatieserver (`start`, `rows`, `numFound`) | ``solr(maximumStart:)`` or ``offset(total:maximumStart:)`` | ``PageOffset`` |
///
/// A style never fetches anything itself; ``PageSequence`` calls it once per fetched page.
/// For a service with yet another scheme, write the rule with ``init(next:)``:
///
/// ```swift
/// let style = PagingStyle<String, TokenPage> { page, _ in page.nextToken }
/// ```
public struct PagingStyle<Cursor: Hashable & Sendable, Page: Sendable>: Sendable {
    private let rule: @Sendable (Page, Cursor) throws -> Cursor?

    /// Creates a style from a rule.
    ///
    /// - Parameter next: Given a fetched page and the cursor it was fetched with, returns the
    ///   cursor of the next page, or `nil` when this was the last page. It may throw when the page
    ///   names its successor in a way that cannot be followed; ``PageSequence`` delivers the page
    ///   and then ends with that error.
    public init(next: @escaping @Sendable (_ page: Page, _ cursor: Cursor) throws -> Cursor?) {
        self.rule = next
    }

    /// The cursor of the page after `page`, or `nil` when `page` is the last one.
    ///
    /// ```swift
    /// let next = try PagingStyle<URL, ZGWPage<Zaak>>.nextLink(\.next).cursor(after: page, at: url)
    /// ```
    ///
    /// - Parameters:
    ///   - page: The page just fetched.
    ///   - cursor: The cursor `page` was fetched with.
    public func cursor(after page: Page, at cursor: Cursor) throws -> Cursor? {
        try rule(page, cursor)
    }
}
