extension Expr: CustomStringConvertible {
    /// The expression written back in Cedar syntax (fully parenthesised where precedence requires).
    public var description: String { text(0) }

    private static func ident(_ s: String) -> Bool {
        guard let f = s.unicodeScalars.first, f == "_" || (f.isASCII && f.properties.isAlphabetic) else { return false }
        return s.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) }
    }

    /// Renders with parentheses when this node binds looser than `context` (0 = top, 5 = member).
    private func text(_ context: Int) -> String {
        let (s, level): (String, Int)
        switch self {
        case let .literal(v): (s, level) = (v.description, 6)
        case let .variable(v): (s, level) = (v.rawValue, 6)
        case let .not(e): (s, level) = ("!" + e.text(5), 5)
        case let .negate(e): (s, level) = ("-" + e.text(5), 5)
        case let .and(xs): (s, level) = (xs.map { $0.text(2) }.joined(separator: " && "), 1)
        case let .or(xs): (s, level) = (xs.map { $0.text(1) }.joined(separator: " || "), 0)
        case let .ifThenElse(a, b, c): (s, level) = ("if \(a.text(0)) then \(b.text(0)) else \(c.text(0))", 0)
        case let .binary(op, a, b):
            switch op {
            case .contains, .containsAll, .containsAny, .hasTag, .getTag:
                (s, level) = ("\(a.text(6)).\(op.rawValue)(\(b.text(0)))", 6)
            case .add, .subtract: (s, level) = ("\(a.text(3)) \(op.rawValue) \(b.text(4))", 3)
            case .multiply: (s, level) = ("\(a.text(4)) * \(b.text(5))", 4)
            default: (s, level) = ("\(a.text(3)) \(op.rawValue) \(b.text(3))", 2)
            }
        case let .getAttribute(e, a):
            (s, level) = (Expr.ident(a) ? "\(e.text(6)).\(a)" : "\(e.text(6))[\(Value.quoted(a))]", 6)
        case let .hasAttribute(e, a): (s, level) = ("\(e.text(3)) has \(Expr.ident(a) ? a : Value.quoted(a))", 2)
        case let .like(e, p): (s, level) = ("\(e.text(3)) like \(p)", 2)
        case let .isType(e, t): (s, level) = ("\(e.text(3)) is \(t)", 2)
        case let .set(xs): (s, level) = ("[" + xs.map { $0.text(0) }.joined(separator: ", ") + "]", 6)
        case let .record(fs): (s, level) = ("{" + fs.map { "\(Value.quoted($0.0)): \($0.1.text(0))" }.joined(separator: ", ") + "}", 6)
        case let .call(fn, xs):
            if fn.isConstructor {
                (s, level) = ("\(fn.rawValue)(" + xs.map { $0.text(0) }.joined(separator: ", ") + ")", 6)
            } else if let first = xs.first {
                (s, level) = ("\(first.text(6)).\(fn.rawValue)(" + xs.dropFirst().map { $0.text(0) }.joined(separator: ", ") + ")", 6)
            } else {
                (s, level) = ("\(fn.rawValue)()", 6)
            }
        }
        return level < context ? "(" + s + ")" : s
    }
}
