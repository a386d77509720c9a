/// A compiled Cedar expression.
public indirect enum Expr: Sendable {
    /// A literal value.
    case literal(Value)
    /// One of `principal`, `action`, `resource`, `context`.
    case variable(Variable)
    /// `!e`
    case not(Expr)
    /// `-e`
    case negate(Expr)
    /// `e1 && e2 && ...`, evaluated left to right with short-circuiting.
    case and([Expr])
    /// `e1 || e2 || ...`, evaluated left to right with short-circuiting.
    case or([Expr])
    /// `if c then a else b`
    case ifThenElse(Expr, Expr, Expr)
    /// A binary operator or a two-argument builtin method.
    case binary(BinaryOperator, Expr, Expr)
    /// `e.attr` / `e["attr"]`
    case getAttribute(Expr, String)
    /// `e has attr`
    case hasAttribute(Expr, String)
    /// `e like "pattern"`
    case like(Expr, LikePattern)
    /// `e is Type`
    case isType(Expr, String)
    /// `[e, ...]`
    case set([Expr])
    /// `{k: e, ...}`
    case record([(String, Expr)])
    /// An extension function or a one-argument builtin method (`isEmpty`).
    case call(ExtensionFunction, [Expr])
}

/// The variables a policy can refer to.
public enum Variable: String, Sendable, Hashable {
    /// The principal.
    case principal
    /// The action.
    case action
    /// The resource.
    case resource
    /// The context record.
    case context
}

/// Cedar's binary operators and two-argument builtin methods.
public enum BinaryOperator: String, Sendable, Hashable {
    /// `==`
    case equal = "=="
    /// `!=`
    case notEqual = "!="
    /// `<`
    case less = "<"
    /// `<=`
    case lessOrEqual = "<="
    /// `>`
    case greater = ">"
    /// `>=`
    case greaterOrEqual = ">="
    /// `+`
    case add = "+"
    /// `-`
    case subtract = "-"
    /// `*`
    case multiply = "*"
    /// `in`
    case `in` = "in"
    /// `.contains(x)`
    case contains
    /// `.containsAll(s)`
    case containsAll
    /// `.containsAny(s)`
    case containsAny
    /// `.hasTag(k)`
    case hasTag
    /// `.getTag(k)`
    case getTag
}

/// Extension functions and methods, plus `isEmpty`.
public enum ExtensionFunction: String, Sendable, Hashable, CaseIterable {
    /// `ip("...")`
    case ip
    /// `decimal("...")`
    case decimal
    /// `datetime("...")`
    case datetime
    /// `duration("...")`
    case duration
    /// `.isIpv4()`
    case isIpv4
    /// `.isIpv6()`
    case isIpv6
    /// `.isLoopback()`
    case isLoopback
    /// `.isMulticast()`
    case isMulticast
    /// `.isInRange(ip)`
    case isInRange
    /// `.lessThan(decimal)`
    case lessThan
    /// `.lessThanOrEqual(decimal)`
    case lessThanOrEqual
    /// `.greaterThan(decimal)`
    case greaterThan
    /// `.greaterThanOrEqual(decimal)`
    case greaterThanOrEqual
    /// `.offset(duration)`
    case offset
    /// `.durationSince(datetime)`
    case durationSince
    /// `.toDate()`
    case toDate
    /// `.toTime()`
    case toTime
    /// `.toMilliseconds()`
    case toMilliseconds
    /// `.toSeconds()`
    case toSeconds
    /// `.toMinutes()`
    case toMinutes
    /// `.toHours()`
    case toHours
    /// `.toDays()`
    case toDays
    /// `.isEmpty()`
    case isEmpty

    /// Whether this is written as a function call (`ip(...)`) rather than a method.
    public var isConstructor: Bool {
        switch self {
        case .ip, .decimal, .datetime, .duration: return true
        default: return false
        }
    }

    /// The number of arguments, including the receiver for methods.
    public var arity: Int {
        switch self {
        case .ip, .decimal, .datetime, .duration, .isIpv4, .isIpv6, .isLoopback, .isMulticast, .toDate, .toTime,
             .toMilliseconds, .toSeconds, .toMinutes, .toHours, .toDays, .isEmpty:
            return 1
        default:
            return 2
        }
    }
}
