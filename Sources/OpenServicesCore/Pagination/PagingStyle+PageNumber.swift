extension PagingStyle where Cursor == PageNumber, Page: Paged {
    /// Paging by page number and page size, as KVK Zoeken does (`pagina`, `resultatenPerPagina`).
    ///
    /// The page after `number` is `number + 1` with the same size. The sequence ends after a page
    /// that is empty, holds fewer results than the page size, or reaches `total`; and, when
    /// `maximumResults` is given, after the page that reaches that many results: a service such
    /// as KVK Zoeken shows no more than 1,000 results, so asking further is pointless.
    ///
    /// The page size in the cursor must not exceed the service's maximum, or a full page looks
    /// short. For KVK, ``kvk()`` also honours the page size the service reports.
    ///
    /// ```swift
    /// PageSequence(start: PageNumber(size: 50), style: .pageNumber(total: \.totaal, maximumResults: 1_000)) { cursor in
    ///     try await search(page: cursor.number, size: cursor.size)
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - total: Reads the total number of results from a page, when the service reports it.
    ///   - maximumResults: The number of results after which the service shows no more.
    public static func pageNumber(
        total: @escaping @Sendable (Page) -> Int? = { _ in nil },
        maximumResults: Int? = nil
    ) -> PagingStyle {
        PagingStyle { page, cursor in
            PageNumber.after(cursor, size: cursor.size, count: page.pageItems.count, total: total(page), maximumResults: maximumResults)
        }
    }
}

extension PageNumber {
    /// The page after `cursor`, or `nil` when the page just fetched was the last one.
    ///
    /// - Parameters:
    ///   - size: The page size the service applied (it may have capped the one asked for); the
    ///     next page is asked for with this size, so page numbers keep meaning the same offsets.
    ///   - count: The number of results on the page just fetched.
    static func after(_ cursor: PageNumber, size: Int, count: Int, total: Int?, maximumResults: Int?) -> PageNumber? {
        let size = Swift.max(size, 1)
        if count == 0 || count < size { return nil }
        let reached = cursor.number * size
        if let total, reached >= total { return nil }
        if let maximumResults, reached >= maximumResults { return nil }
        return PageNumber(cursor.number + 1, size: size)
    }
}
