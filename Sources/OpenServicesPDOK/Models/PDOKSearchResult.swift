public import OpenServicesCore

/// The answer of `free`, `lookup` and `reverse`: the Solr `response` with typed documents.
///
/// ```swift
/// let result = try await pdok.free("Wijnhavenkade Rotterdam")
/// print(result.response.numFound, result.response.docs.map { $0.weergavenaam ?? "" })
/// ```
public typealias PDOKSearchResult = SolrPage<PDOKDocument>
