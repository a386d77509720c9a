/// The cursor of page-number paging: a 1-based page number and a page size.
///
/// KVK Zoeken pages this way (`pagina`, `resultatenPerPagina`). The fetch closure of a
/// ``PageSequence`` turns the cursor into query parameters.
///
/// ```swift
/// let pages = PageSequence(start: PageNumber(size: 100), style: .kvk()) { cursor in
///     try await kvk.zoeken(naam: "Bakkerij", pagina: cursor.number, resultatenPerPagina: cursor.size)
/// }
/// ```
public struct PageNumber: Hashable, Sendable, CustomStringConvertible {
    /// The 1-based page number.
    public var number: Int
    /// The number of results per page; at most the service's maximum (KVK: 100).
    public var size: Int

    /// Creates a page-number cursor.
    ///
    /// - Parameters:
    ///   - number: The 1-based page number; 1 by default.
    ///   - size: The number of results per page, at least 1.
    public init(_ number: Int = 1, size: Int) {
        precondition(number >= 1, "PageNumber.number is 1-based")
        precondition(size >= 1, "PageNumber.size must be at least 1")
        self.number = number
        self.size = size
    }

    /// The number of results on the pages before this one: `(number - 1) * size`.
    public var offset: Int { (number - 1) * size }

    /// `page 2 (size 100)`.
    public var description: String { "page \(number) (size \(size))" }
}
