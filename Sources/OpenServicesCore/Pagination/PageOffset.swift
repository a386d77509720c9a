/// The cursor of offset paging: a 0-based index of the first result and a number of rows.
///
/// The PDOK Locatieserver (Solr) pages this way (`start`, `rows`). The fetch closure of a
/// ``PageSequence`` turns the cursor into query parameters.
///
/// ```swift
/// let pages = PageSequence(start: PageOffset(rows: 100), style: .solr()) { cursor in
///     try await pdok.free(q: "Bolstraat Utrecht", start: cursor.start, rows: cursor.rows)
/// }
/// ```
public struct PageOffset: Hashable, Sendable, CustomStringConvertible {
    /// The 0-based index of the first result on the page.
    public var start: Int
    /// The number of results asked for; at most the service's maximum (PDOK: 100).
    public var rows: Int

    /// Creates an offset cursor.
    ///
    /// - Parameters:
    ///   - start: The 0-based index of the first result; 0 by default.
    ///   - rows: The number of results per page, at least 1.
    public init(start: Int = 0, rows: Int) {
        precondition(start >= 0, "PageOffset.start is 0-based")
        precondition(rows >= 1, "PageOffset.rows must be at least 1")
        self.start = start
        self.rows = rows
    }

    /// `start 100 (rows 50)`.
    public var description: String { "start \(start) (rows \(rows))" }
}
