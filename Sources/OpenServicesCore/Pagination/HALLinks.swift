/// The paging links of a HAL collection (`_links`): `self`, `first`, `previous`, `next`, `last`.
///
/// The shape of BAG's `HalPaginationLinks`. Page through it with
/// ``PagingStyle/nextLink(_:)`` reading ``next``:
///
/// ```swift
/// PageSequence(start: adressenURL, style: .nextLink(\BAGAdressen.links?.next?.href)) { url in
///     try await get(url)
/// }
/// ```
public struct HALLinks: Hashable, Sendable, Codable {
    /// The link to this page (`self`).
    public var selfLink: HALLink?
    /// The link to the first page.
    public var first: HALLink?
    /// The link to the previous page; absent on the first page.
    public var previous: HALLink?
    /// The link to the next page; absent on the last page.
    public var next: HALLink?
    /// The link to the last page.
    public var last: HALLink?

    /// Creates a set of paging links.
    public init(
        selfLink: HALLink? = nil, first: HALLink? = nil, previous: HALLink? = nil,
        next: HALLink? = nil, last: HALLink? = nil
    ) {
        self.selfLink = selfLink
        self.first = first
        self.previous = previous
        self.next = next
        self.last = last
    }

    private enum CodingKeys: String, CodingKey {
        case selfLink = "self"
        case first, previous, next, last
    }
}
