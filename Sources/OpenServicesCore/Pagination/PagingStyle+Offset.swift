extension PagingStyle where Cursor == PageOffset, Page: Paged {
    /// Paging by the index of the first result and a number of rows, as the PDOK Locatieserver
    /// (Solr) does (`start`, `rows`).
    ///
    /// The next page starts right after the last result received. The sequence ends after a page
    /// that is empty or reaches `total`; when the service reports no total, also after a page with
    /// fewer results than `rows`. When `maximumStart` is given, the sequence ends rather than ask
    /// for a `start` beyond it (PDOK refuses `start` above 10,000).
    ///
    /// ```swift
    /// PageSequence(start: PageOffset(rows: 100), style: .offset(total: \.response.numFound)) { cursor in
    ///     try await free(q: query, start: cursor.start, rows: cursor.rows)
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - total: Reads the total number of results from a page, when the service reports it.
    ///   - maximumStart: The largest `start` the service accepts.
    public static func offset(
        total: @escaping @Sendable (Page) -> Int? = { _ in nil },
        maximumStart: Int? = nil
    ) -> PagingStyle {
        PagingStyle { page, cursor in
            PageOffset.after(cursor, count: page.pageItems.count, total: total(page), maximumStart: maximumStart)
        }
    }
}

extension PageOffset {
    /// The page after `cursor`, or `nil` when the page just fetched was the last one.
    static func after(_ cursor: PageOffset, count: Int, total: Int?, maximumStart: Int?) -> PageOffset? {
        guard count > 0 else { return nil }
        let next = cursor.start + count
        if let total {
            if next >= total { return nil }
        } else if count < cursor.rows {
            return nil
        }
        if let maximumStart, next > maximumStart { return nil }
        return PageOffset(start: next, rows: cursor.rows)
    }
}
