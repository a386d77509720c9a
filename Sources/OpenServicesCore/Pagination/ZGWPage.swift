/// A page of a ZGW list (Zaken, Documenten, Besluiten, Catalogi, …): `count`, `next`, `previous`, `results`.
///
/// Page through it with ``PagingStyle/nextLink(_:)`` reading ``next``:
///
/// ```swift
/// let zaken = PageSequence(start: zakenURL, style: .nextLink(\ZGWPage<Zaak>.next)) { url in
///     try await get(url, as: ZGWPage<Zaak>.self)
/// }
/// for try await zaak in zaken.items { … }
/// ```
public struct ZGWPage<Item: Sendable>: Sendable {
    /// The number of results over all pages.
    public var count: Int
    /// The absolute URL of the next page; `nil` on the last page.
    public var next: String?
    /// The absolute URL of the previous page; `nil` on the first page.
    public var previous: String?
    /// The results on this page.
    public var results: [Item]

    /// Creates a page.
    public init(count: Int, next: String? = nil, previous: String? = nil, results: [Item]) {
        self.count = count
        self.next = next
        self.previous = previous
        self.results = results
    }
}

extension ZGWPage: Equatable where Item: Equatable {}
extension ZGWPage: Hashable where Item: Hashable {}
extension ZGWPage: Decodable where Item: Decodable {}
extension ZGWPage: Encodable where Item: Encodable {}

extension ZGWPage: Paged {
    /// The ``results``.
    public var pageItems: [Item] { results }
}
