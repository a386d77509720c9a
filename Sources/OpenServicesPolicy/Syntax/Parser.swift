/// Parses Cedar policy text into compiled ``Policy`` values.
public struct Parser {
    /// The deepest parenthesis/bracket/if nesting accepted while parsing.
    public static let maximumNesting = 64
    /// The deepest expression tree accepted (protects the evaluator's stack).
    public static let maximumExpressionDepth = 200

    var stream: TokenStream
    private var nesting = 0

    init(_ text: String) throws(PolicyParseError) {
        stream = try TokenStream(text)
    }

    /// Parses every policy in `text`, naming them `policy0`, `policy1`, … (prefixed by `idPrefix`) in text order.
    public static func parsePolicies(_ text: String, file: String? = nil, idPrefix: String = "policy", startIndex: Int = 0) throws(PolicyParseError) -> [Policy] {
        do {
            var parser = try Parser(text)
            var policies: [Policy] = []
            while !parser.stream.atEnd {
                var policy = try parser.parsePolicy()
                policy.id = idPrefix + String(startIndex + policies.count)
                policy.file = file
                policies.append(policy)
            }
            return policies
        } catch {
            var e = error
            e.file = file
            throw e
        }
    }

    /// Parses a single expression.
    public static func parseExpression(_ text: String) throws(PolicyParseError) -> Expr {
        var parser = try Parser(text)
        let start = parser.stream.current
        let e = try parser.parseExpr()
        guard parser.stream.atEnd else { throw parser.stream.unexpected(expected: "end of expression") }
        try parser.checkDepth(e, at: start)
        return e
    }

    /// Parses `Type::"id"`.
    public static func parseEntityUID(_ text: String) throws(PolicyParseError) -> EntityUID {
        var parser = try Parser(text)
        let uid = try parser.parseEntityLiteral()
        guard parser.stream.atEnd else { throw parser.stream.unexpected(expected: "end of entity reference") }
        return uid
    }

    // MARK: Policies

    mutating func parseAnnotations() throws(PolicyParseError) -> [(key: String, value: String)] {
        var annotations: [(key: String, value: String)] = []
        while stream.isPunct("@") {
            _ = stream.advance()
            let keyToken = stream.current
            let key = try stream.identifier("an annotation name")
            var value = ""
            if stream.accept("(") {
                value = try stream.string("an annotation value (a string literal)")
                try stream.expect(")")
            }
            if annotations.contains(where: { $0.key == key }) {
                throw stream.error("duplicate annotation `@\(key)`", at: keyToken)
            }
            annotations.append((key, value))
        }
        return annotations
    }

    mutating func parsePolicy() throws(PolicyParseError) -> Policy {
        let startToken = stream.current
        let annotations = try parseAnnotations()
        let effect: Effect
        if stream.acceptIdent("permit") { effect = .permit } else if stream.acceptIdent("forbid") { effect = .forbid } else {
            throw stream.unexpected(expected: "`permit` or `forbid`")
        }
        try stream.expect("(")
        try stream.expectIdent("principal")
        let principal = try parseScope(variable: "principal")
        try stream.expect(",")
        try stream.expectIdent("action")
        let action = try parseActionScope()
        try stream.expect(",")
        try stream.expectIdent("resource")
        let resource = try parseScope(variable: "resource")
        _ = stream.accept(",")
        try stream.expect(")")
        var conditions: [Condition] = []
        while true {
            let isWhen: Bool
            if stream.isIdent("when") { isWhen = true } else if stream.isIdent("unless") { isWhen = false } else { break }
            _ = stream.advance()
            let brace = stream.current
            try stream.expect("{")
            if stream.isPunct("}") { throw stream.error("expected an expression inside the `\(isWhen ? "when" : "unless")` clause") }
            let exprStart = stream.current
            let expr = try parseExpr()
            try checkDepth(expr, at: exprStart)
            let close = stream.current
            try stream.expect("}")
            let text = stream.lineMap.text(from: exprStart.offset, to: close.offset).trimmingSpaces
            conditions.append(Condition(isWhen: isWhen, expression: expr, sourceText: text, location: stream.location(brace)))
        }
        guard stream.accept(";") else { throw stream.unexpected(expected: "`when`, `unless` or `;`") }
        return Policy(id: "", effect: effect, annotations: annotations, principal: principal, action: action,
                      resource: resource, conditions: conditions, location: stream.location(startToken))
    }

    mutating func parseScope(variable: String) throws(PolicyParseError) -> ScopeConstraint {
        if stream.accept("==") {
            return .equal(try parseScopeEntity())
        }
        if stream.acceptIdent("in") {
            return .in(try parseScopeEntity())
        }
        if stream.acceptIdent("is") {
            let type = try parsePath()
            if stream.acceptIdent("in") { return .isIn(type, try parseScopeEntity()) }
            return .is(type)
        }
        if stream.isPunct(",") || stream.isPunct(")") { return .any }
        throw stream.unexpected(expected: "`==`, `in`, `is`, `,` or `)` after `\(variable)`")
    }

    mutating func parseScopeEntity() throws(PolicyParseError) -> EntityUID {
        if stream.isPunct("?") {
            throw stream.error("template slots (`?principal`, `?resource`) are not supported; only static policies")
        }
        return try parseEntityLiteral()
    }

    mutating func parseActionScope() throws(PolicyParseError) -> ActionConstraint {
        if stream.accept("==") { return .equal(try parseEntityLiteral()) }
        if stream.acceptIdent("in") {
            if stream.accept("[") {
                var uids: [EntityUID] = []
                if !stream.isPunct("]") {
                    repeat {
                        if stream.isPunct("]") { break }
                        uids.append(try parseEntityLiteral())
                    } while stream.accept(",")
                }
                try stream.expect("]")
                return .inSet(uids)
            }
            return .in(try parseEntityLiteral())
        }
        if stream.isPunct(",") || stream.isPunct(")") { return .any }
        throw stream.unexpected(expected: "`==`, `in`, `,` or `)` after `action`")
    }

    mutating func parsePath() throws(PolicyParseError) -> String {
        var path = try stream.identifier("a type name")
        while stream.isPunct("::"), case .identifier = stream.peekNext.kind {
            _ = stream.advance()
            path += "::" + (try stream.identifier())
        }
        return path
    }

    mutating func parseEntityLiteral() throws(PolicyParseError) -> EntityUID {
        var path = try stream.identifier("an entity reference such as `User::\"alice\"`")
        while true {
            try stream.expect("::")
            if case .string = stream.current.kind {
                return EntityUID(type: path, id: try stream.string())
            }
            path += "::" + (try stream.identifier("an identifier or a string after `::`"))
        }
    }

    // MARK: Expressions

    mutating func checkDepth(_ e: Expr, at token: Token) throws(PolicyParseError) {
        if Parser.exceedsDepth(e, Parser.maximumExpressionDepth) {
            throw stream.error("expression nested too deeply (limit \(Parser.maximumExpressionDepth) levels)", at: token)
        }
    }

    /// Whether `e` is deeper than `limit`; recursion is bounded by `limit`.
    static func exceedsDepth(_ e: Expr, _ limit: Int) -> Bool {
        if limit <= 0 { return true }
        let l = limit - 1
        switch e {
        case .literal, .variable: return false
        case let .not(a), let .negate(a), let .getAttribute(a, _), let .hasAttribute(a, _), let .like(a, _), let .isType(a, _):
            return exceedsDepth(a, l)
        case let .and(xs), let .or(xs), let .set(xs), let .call(_, xs):
            return xs.contains { exceedsDepth($0, l) }
        case let .ifThenElse(a, b, c): return exceedsDepth(a, l) || exceedsDepth(b, l) || exceedsDepth(c, l)
        case let .binary(_, a, b): return exceedsDepth(a, l) || exceedsDepth(b, l)
        case let .record(kvs): return kvs.contains { exceedsDepth($0.1, l) }
        }
    }

    mutating func parseExpr() throws(PolicyParseError) -> Expr {
        nesting += 1
        defer { nesting -= 1 }
        guard nesting <= Parser.maximumNesting else {
            throw stream.error("expression nested too deeply (limit \(Parser.maximumNesting) levels of parentheses, brackets or `if`)")
        }
        if stream.acceptIdent("if") {
            let c = try parseExpr()
            try stream.expectIdent("then")
            let a = try parseExpr()
            try stream.expectIdent("else")
            let b = try parseExpr()
            return .ifThenElse(c, a, b)
        }
        return try parseOr()
    }

    mutating func parseOr() throws(PolicyParseError) -> Expr {
        let first = try parseAnd()
        guard stream.isPunct("||") else { return first }
        var items = [first]
        while stream.accept("||") { items.append(try parseAnd()) }
        return .or(items)
    }

    mutating func parseAnd() throws(PolicyParseError) -> Expr {
        let first = try parseRelation()
        guard stream.isPunct("&&") else { return first }
        var items = [first]
        while stream.accept("&&") { items.append(try parseRelation()) }
        return .and(items)
    }

    mutating func parseRelation() throws(PolicyParseError) -> Expr {
        let lhs = try parseAdd()
        let ops: [String: BinaryOperator] = ["==": .equal, "!=": .notEqual, "<": .less, "<=": .lessOrEqual, ">": .greater, ">=": .greaterOrEqual]
        if case let .punct(p) = stream.current.kind, let op = ops[p] {
            _ = stream.advance()
            let rhs = try parseAdd()
            try rejectChainedRelation()
            return .binary(op, lhs, rhs)
        }
        if stream.acceptIdent("in") {
            let rhs = try parseAdd()
            try rejectChainedRelation()
            return .binary(.in, lhs, rhs)
        }
        if stream.acceptIdent("has") {
            var path: [String] = []
            if case .string = stream.current.kind {
                path.append(try stream.string())
            } else {
                path.append(try stream.identifier("an attribute name or string after `has`"))
                while stream.isPunct("."), case .identifier = stream.peekNext.kind {
                    _ = stream.advance()
                    path.append(try stream.identifier())
                }
            }
            try rejectChainedRelation()
            if path.count == 1 { return .hasAttribute(lhs, path[0]) }
            var conjuncts: [Expr] = []
            var base = lhs
            for attr in path {
                conjuncts.append(.hasAttribute(base, attr))
                base = .getAttribute(base, attr)
            }
            return .and(conjuncts)
        }
        if stream.acceptIdent("like") {
            guard case let .string(raw) = stream.current.kind else { throw stream.unexpected(expected: "a pattern string after `like`") }
            let token = stream.advance()
            let pattern = try TokenStream.unescape(raw, allowStar: true, at: stream.location(token)).pattern
            try rejectChainedRelation()
            return .like(lhs, LikePattern(elements: pattern))
        }
        if stream.acceptIdent("is") {
            let type = try parsePath()
            if stream.acceptIdent("in") {
                let rhs = try parseAdd()
                try rejectChainedRelation()
                return .and([.isType(lhs, type), .binary(.in, lhs, rhs)])
            }
            try rejectChainedRelation()
            return .isType(lhs, type)
        }
        return lhs
    }

    func rejectChainedRelation() throws(PolicyParseError) {
        if case let .punct(p) = stream.current.kind, ["==", "!=", "<", "<=", ">", ">="].contains(p) {
            throw stream.error("comparison operators cannot be chained; add parentheses")
        }
        if stream.isIdent("in") || stream.isIdent("has") || stream.isIdent("like") || stream.isIdent("is") {
            throw stream.error("relational operators cannot be chained; add parentheses")
        }
    }

    mutating func parseAdd() throws(PolicyParseError) -> Expr {
        var lhs = try parseMul()
        while true {
            if stream.accept("+") { lhs = .binary(.add, lhs, try parseMul()) } else if stream.accept("-") {
                lhs = .binary(.subtract, lhs, try parseMul())
            } else { return lhs }
        }
    }

    mutating func parseMul() throws(PolicyParseError) -> Expr {
        var lhs = try parseUnary()
        while stream.accept("*") { lhs = .binary(.multiply, lhs, try parseUnary()) }
        return lhs
    }

    mutating func parseUnary() throws(PolicyParseError) -> Expr {
        var ops: [String] = []
        while stream.isPunct("!") || stream.isPunct("-") {
            if ops.count >= 4 { throw stream.error("too many unary operators in a row (at most 4)") }
            if case let .punct(p) = stream.advance().kind { ops.append(p) }
        }
        var operand: Expr
        if ops.last == "-", case let .integer(digits) = stream.current.kind {
            let token = stream.advance()
            guard let v = Int64("-" + digits) else { throw stream.error("integer literal `-\(digits)` is out of range", at: token) }
            operand = try parseAccessors(on: .literal(.long(v)))
            ops.removeLast()
        } else {
            operand = try parseMember()
        }
        for op in ops.reversed() { operand = op == "!" ? .not(operand) : .negate(operand) }
        return operand
    }

    mutating func parseMember() throws(PolicyParseError) -> Expr {
        let primary = try parsePrimary()
        return try parseAccessors(on: primary)
    }

    mutating func parseAccessors(on base: Expr) throws(PolicyParseError) -> Expr {
        var e = base
        while true {
            if stream.accept(".") {
                let nameToken = stream.current
                let name = try stream.identifier("an attribute or method name after `.`")
                if stream.accept("(") {
                    let args = try parseArguments()
                    e = try makeMethodCall(name, receiver: e, args: args, at: nameToken)
                } else {
                    e = .getAttribute(e, name)
                }
            } else if stream.isPunct("[") {
                _ = stream.advance()
                let name = try stream.string("a string attribute name inside `[ ]`")
                try stream.expect("]")
                e = .getAttribute(e, name)
            } else {
                return e
            }
        }
    }

    mutating func parseArguments() throws(PolicyParseError) -> [Expr] {
        var args: [Expr] = []
        if stream.accept(")") { return args }
        repeat { args.append(try parseExpr()) } while stream.accept(",")
        try stream.expect(")")
        return args
    }

    func makeMethodCall(_ name: String, receiver: Expr, args: [Expr], at token: Token) throws(PolicyParseError) -> Expr {
        func arity(_ n: Int) throws(PolicyParseError) {
            guard args.count == n else { throw stream.error("method `\(name)` takes \(n) argument\(n == 1 ? "" : "s"), got \(args.count)", at: token) }
        }
        switch name {
        case "contains": try arity(1); return .binary(.contains, receiver, args[0])
        case "containsAll": try arity(1); return .binary(.containsAll, receiver, args[0])
        case "containsAny": try arity(1); return .binary(.containsAny, receiver, args[0])
        case "hasTag": try arity(1); return .binary(.hasTag, receiver, args[0])
        case "getTag": try arity(1); return .binary(.getTag, receiver, args[0])
        default:
            guard let fn = ExtensionFunction(rawValue: name), !fn.isConstructor else {
                throw stream.error("unknown method `\(name)`", at: token)
            }
            // Cedar reports a wrong number of arguments to an extension function at evaluation time.
            return .call(fn, [receiver] + args)
        }
    }

    mutating func parsePrimary() throws(PolicyParseError) -> Expr {
        let token = stream.current
        switch token.kind {
        case let .integer(digits):
            _ = stream.advance()
            guard let v = Int64(digits) else { throw stream.error("integer literal `\(digits)` is out of range", at: token) }
            return .literal(.long(v))
        case .string:
            return .literal(.string(try stream.string()))
        case .punct("("):
            _ = stream.advance()
            let e = try parseExpr()
            try stream.expect(")")
            return e
        case .punct("["):
            _ = stream.advance()
            var items: [Expr] = []
            if !stream.isPunct("]") {
                repeat { items.append(try parseExpr()) } while stream.accept(",")
            }
            try stream.expect("]")
            return .set(items)
        case .punct("{"):
            _ = stream.advance()
            var fields: [(String, Expr)] = []
            if !stream.isPunct("}") {
                repeat {
                    let keyToken = stream.current
                    let key: String
                    if case .string = keyToken.kind { key = try stream.string() } else { key = try stream.identifier("a record key") }
                    try stream.expect(":")
                    let value = try parseExpr()
                    if fields.contains(where: { $0.0 == key }) { throw stream.error("duplicate key `\(key)` in record literal", at: keyToken) }
                    fields.append((key, value))
                } while stream.accept(",")
            }
            try stream.expect("}")
            return .record(fields)
        case let .identifier(word):
            if stream.peekNext.kind == .punct("::") {
                // Entity reference or namespaced function.
                var path = word
                _ = stream.advance()
                while stream.accept("::") {
                    if case .string = stream.current.kind {
                        return .literal(.entity(EntityUID(type: path, id: try stream.string())))
                    }
                    path += "::" + (try stream.identifier("an identifier or string after `::`"))
                }
                if stream.accept("(") {
                    return try makeFunctionCall(path, args: try parseArguments(), at: token)
                }
                throw stream.unexpected(expected: "`::` followed by an entity id string")
            }
            _ = stream.advance()
            switch word {
            case "true": return .literal(.bool(true))
            case "false": return .literal(.bool(false))
            case "principal": return .variable(.principal)
            case "action": return .variable(.action)
            case "resource": return .variable(.resource)
            case "context": return .variable(.context)
            case "if":
                stream.position -= 1
                return try parseExpr()
            default:
                if stream.accept("(") { return try makeFunctionCall(word, args: try parseArguments(), at: token) }
                throw stream.error("unexpected identifier `\(word)`; expected a literal, a variable (principal, action, resource, context), an entity reference or a function call", at: token)
            }
        case .punct("?"):
            throw stream.error("template slots are not supported; only static policies", at: token)
        default:
            throw stream.unexpected(expected: "an expression")
        }
    }

    func makeFunctionCall(_ name: String, args: [Expr], at token: Token) throws(PolicyParseError) -> Expr {
        let bare = name.hasPrefix("__cedar::") ? String(name.dropFirst(9)) : name
        guard let fn = ExtensionFunction(rawValue: bare), fn.isConstructor else {
            throw stream.error("unknown function `\(name)`; expected ip, decimal, datetime or duration", at: token)
        }
        return .call(fn, args)
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\n" || f == "\t" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\n" || l == "\t" || l == "\r" { s.removeLast() }
        return String(s)
    }
}
