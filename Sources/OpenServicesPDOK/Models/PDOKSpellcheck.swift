/// The Solr `spellcheck` of a suggest answer: suggestions for misspelt words and corrected queries.
///
/// ```swift
/// let result = try await pdok.suggest("Wijnhafenkade")
/// print(result.spellcheck?.collations ?? [])
/// ```
public struct PDOKSpellcheck: Hashable, Sendable, Codable {
    /// Misspelt words and their suggestions, alternating.
    public var suggestions: [PDOKSpellcheckEntry]?
    /// `collation` and corrected queries, alternating.
    public var collations: [PDOKSpellcheckEntry]?

    /// Creates a spellcheck.
    public init(suggestions: [PDOKSpellcheckEntry]? = nil, collations: [PDOKSpellcheckEntry]? = nil) {
        self.suggestions = suggestions
        self.collations = collations
    }
}
