public import OpenServicesCore

/// One page of a BAG collection: the HAL paging links, the items and the rate limit reported with it.
///
/// ```swift
/// for try await page in try bag.addresses(BAGAddressQuery(woonplaatsNaam: "Rotterdam", openbareRuimteNaam: "Wijnhavenkade")) {
///     print(page.items.count, page.links?.next?.href ?? "last page")
/// }
/// ```
public struct BAGPage<Item: Sendable>: Sendable, Paged {
    /// The paging links (`_links`): `self`, `first`, `previous`, `next`, `last`.
    public var links: HALLinks?
    /// The items on this page.
    public var items: [Item]
    /// The rate limit reported with this page, if any.
    public var rateLimit: BAGRateLimit?

    /// Creates a page.
    public init(links: HALLinks? = nil, items: [Item], rateLimit: BAGRateLimit? = nil) {
        self.links = links
        self.items = items
        self.rateLimit = rateLimit
    }

    /// The ``items``.
    public var pageItems: [Item] { items }
}
