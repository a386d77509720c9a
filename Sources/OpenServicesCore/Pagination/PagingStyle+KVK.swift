extension PagingStyle where Cursor == PageNumber {
    /// Paging through KVK Zoeken: by `pagina` and `resultatenPerPagina`, up to `totaal` results
    /// and never beyond the 1,000 results KVK Zoeken shows (``KVKPage/maximumResults``).
    ///
    /// When KVK reports another `resultatenPerPagina` than the cursor asked for (it caps it at
    /// 100), the next pages are asked for with the reported size.
    ///
    /// ```swift
    /// let results = PageSequence(start: PageNumber(size: 100), style: .kvk()) { cursor in
    ///     try await get(zoekenURL(pagina: cursor.number, resultatenPerPagina: cursor.size), as: KVKPage<Resultaat>.self)
    /// }.items
    /// ```
    public static func kvk<Item: Sendable>() -> PagingStyle where Page == KVKPage<Item> {
        PagingStyle { page, cursor in
            PageNumber.after(
                cursor, size: page.resultatenPerPagina ?? cursor.size, count: page.resultaten.count,
                total: page.totaal, maximumResults: KVKPage<Item>.maximumResults)
        }
    }
}
