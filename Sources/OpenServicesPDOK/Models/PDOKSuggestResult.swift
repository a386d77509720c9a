public import OpenServicesCore

/// The answer of `suggest`: the documents, their highlighting and the spellcheck.
///
/// ```swift
/// let result = try await pdok.suggest("Wijnhavenk")
/// for doc in result.response.docs {
///     print(result.highlighting?[doc.id ?? ""]?.suggest?.first ?? doc.weergavenaam ?? "")
/// }
/// ```
public struct PDOKSuggestResult: Hashable, Sendable, Codable {
    /// The Solr `response`.
    public var response: SolrPage<PDOKDocument>.Response
    /// The highlighting by document id.
    public var highlighting: [String: PDOKHighlight]?
    /// The spellcheck.
    public var spellcheck: PDOKSpellcheck?

    /// Creates an answer.
    public init(
        response: SolrPage<PDOKDocument>.Response, highlighting: [String: PDOKHighlight]? = nil, spellcheck: PDOKSpellcheck? = nil
    ) {
        self.response = response
        self.highlighting = highlighting
        self.spellcheck = spellcheck
    }
}
