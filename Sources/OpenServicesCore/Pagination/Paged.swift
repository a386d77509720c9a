/// A page of results that knows which items it carries.
///
/// Conform a service's page envelope to `Paged` to get ``PageSequence/items`` and the
/// count-based paging styles (``PagingStyle/pageNumber(total:maximumResults:)`` and
/// ``PagingStyle/offset(total:maximumStart:)``) for it. The envelopes OpenServices ships
/// (``ZGWPage``, ``KVKPage``, ``SolrPage``) already conform.
///
/// ```swift
/// struct PandenPage: Paged, Decodable {
///     var links: HALLinks?
///     var panden: [Pand]
///     var pageItems: [Pand] { panden }
/// }
/// ```
public protocol Paged: Sendable {
    /// The type of one result on the page.
    associatedtype Item: Sendable

    /// The results on this page, in the service's order; empty when the page has none.
    var pageItems: [Item] { get }
}
