/// The highlighting of one suggest result: the matched text with `<b>…</b>` around the matches.
///
/// ```swift
/// let text = result.highlighting?[doc.id ?? ""]?.suggest?.first
/// ```
public struct PDOKHighlight: Hashable, Sendable, Codable {
    /// The highlighted suggestion texts.
    public var suggest: [String]?

    /// Creates a highlight.
    public init(suggest: [String]? = nil) {
        self.suggest = suggest
    }
}
