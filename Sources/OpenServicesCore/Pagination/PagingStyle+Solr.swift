extension PagingStyle where Cursor == PageOffset {
    /// Paging through Solr results such as the PDOK Locatieserver's: by `start` and `rows`, up to
    /// `response.numFound` results.
    ///
    /// The next page starts right after the last result received, so a service that returns fewer
    /// rows than asked for (PDOK caps `rows` at 100) is still read completely.
    ///
    /// ```swift
    /// let adressen = PageSequence(start: PageOffset(rows: 100), style: .solr()) { cursor in
    ///     try await get(freeURL(q: "Bolstraat Utrecht", start: cursor.start, rows: cursor.rows), as: SolrPage<Adres>.self)
    /// }.items
    /// ```
    ///
    /// - Parameter maximumStart: The largest `start` the service accepts; PDOK's 10,000 by default.
    public static func solr<Doc: Sendable>(maximumStart: Int? = 10_000) -> PagingStyle where Page == SolrPage<Doc> {
        PagingStyle { page, cursor in
            PageOffset.after(cursor, count: page.response.docs.count, total: page.response.numFound, maximumStart: maximumStart)
        }
    }
}
