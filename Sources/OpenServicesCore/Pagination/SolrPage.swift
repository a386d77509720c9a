/// A page of Solr search results, as the PDOK Locatieserver returns them:
/// `{"response": {"numFound": …, "start": …, "docs": […]}}`.
///
/// Page through it with ``PagingStyle/solr(maximumStart:)``:
///
/// ```swift
/// let pages = PageSequence(start: PageOffset(rows: 100), style: .solr()) { cursor in
///     try await get(freeURL(q: "Bolstraat Utrecht", start: cursor.start, rows: cursor.rows), as: SolrPage<Adres>.self)
/// }
/// ```
public struct SolrPage<Doc: Sendable>: Sendable {
    /// The results and their counts (`response`).
    public var response: Response

    /// Creates a page.
    public init(response: Response) {
        self.response = response
    }

    /// The `response` member of a Solr answer.
    public struct Response: Sendable {
        /// The number of results found over all pages.
        public var numFound: Int
        /// The 0-based index of the first result on this page.
        public var start: Int
        /// Whether ``numFound`` is exact rather than an estimate.
        public var numFoundExact: Bool?
        /// The highest relevance score of the results.
        public var maxScore: Double?
        /// The results on this page.
        public var docs: [Doc]

        /// Creates a response.
        public init(numFound: Int, start: Int, numFoundExact: Bool? = nil, maxScore: Double? = nil, docs: [Doc]) {
            self.numFound = numFound
            self.start = start
            self.numFoundExact = numFoundExact
            self.maxScore = maxScore
            self.docs = docs
        }
    }

    /// The largest `start` the PDOK Locatieserver accepts: 10,000.
    public static var maximumStart: Int { 10_000 }
}

extension SolrPage: Equatable where Doc: Equatable {}
extension SolrPage: Hashable where Doc: Hashable {}
extension SolrPage: Decodable where Doc: Decodable {}
extension SolrPage: Encodable where Doc: Encodable {}
extension SolrPage.Response: Equatable where Doc: Equatable {}
extension SolrPage.Response: Hashable where Doc: Hashable {}
extension SolrPage.Response: Decodable where Doc: Decodable {}
extension SolrPage.Response: Encodable where Doc: Encodable {}

extension SolrPage: Paged {
    /// The ``Response-swift.struct/docs``.
    public var pageItems: [Doc] { response.docs }
}
