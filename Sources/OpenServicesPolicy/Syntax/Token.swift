/// A lexical token of Cedar policy or schema text.
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case identifier(String)
        /// A string literal; the raw body between the quotes, escapes not yet processed.
        case string(String)
        /// An unsigned integer literal; its digits.
        case integer(String)
        case punct(String)
        case end
    }

    var kind: Kind
    /// UTF-8 offset of the token's first byte.
    var offset: Int

    var display: String {
        switch kind {
        case let .identifier(s): return "`\(s)`"
        case let .string(s): return "string \"\(s.prefix(40))\""
        case let .integer(s): return "integer `\(s)`"
        case let .punct(p): return "`\(p)`"
        case .end: return "end of input"
        }
    }
}
