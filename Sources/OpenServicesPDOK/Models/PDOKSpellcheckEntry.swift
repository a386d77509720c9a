/// One entry of a Solr `spellcheck` list: Solr alternates a plain string (the word, or `collation`)
/// with an object (the suggestions for it), so an entry is either.
///
/// ```swift
/// for case .suggestion(let s) in result.spellcheck?.suggestions ?? [] { print(s.suggestion ?? []) }
/// ```
public enum PDOKSpellcheckEntry: Hashable, Sendable, Codable {
    /// A plain string: a misspelt word or the word `collation`.
    case text(String)
    /// The suggestions for the word before it.
    case suggestion(Suggestion)
    /// A collation: a corrected whole query.
    case collation(Collation)

    /// The suggestions for a misspelt word.
    public struct Suggestion: Hashable, Sendable, Codable {
        /// The number of suggestions.
        public var numFound: Int?
        /// Where the word starts in the query.
        public var startOffset: Int?
        /// Where it ends.
        public var endOffset: Int?
        /// The suggested words.
        public var suggestion: [String]?

        /// Creates suggestions.
        public init(numFound: Int? = nil, startOffset: Int? = nil, endOffset: Int? = nil, suggestion: [String]? = nil) {
            self.numFound = numFound
            self.startOffset = startOffset
            self.endOffset = endOffset
            self.suggestion = suggestion
        }
    }

    /// A corrected whole query.
    public struct Collation: Hashable, Sendable, Codable {
        /// The corrected query.
        public var collationQuery: String?
        /// The number of results it finds.
        public var hits: Int?
        /// The corrections, word and replacement alternating.
        public var misspellingsAndCorrections: [String]?

        /// Creates a collation.
        public init(collationQuery: String? = nil, hits: Int? = nil, misspellingsAndCorrections: [String]? = nil) {
            self.collationQuery = collationQuery
            self.hits = hits
            self.misspellingsAndCorrections = misspellingsAndCorrections
        }
    }

    private enum Keys: String, CodingKey { case collationQuery }

    /// Decodes a string, a suggestion or a collation.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self = .text(text)
        } else if let keyed = try? decoder.container(keyedBy: Keys.self), keyed.contains(.collationQuery) {
            self = .collation(try container.decode(Collation.self))
        } else {
            self = .suggestion(try container.decode(Suggestion.self))
        }
    }

    /// Encodes the entry.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .suggestion(let suggestion): try container.encode(suggestion)
        case .collation(let collation): try container.encode(collation)
        }
    }
}
