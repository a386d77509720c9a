/// Implementations of Cedar's extension functions and `isEmpty`.
enum ExtensionFunctions {
    static func call(_ fn: ExtensionFunction, _ args: [Value]) throws(EvaluationError) -> Value {
        func string(_ v: Value) throws(EvaluationError) -> String {
            guard case let .string(s) = v else { throw EvaluationError.type("String", v) }
            return s
        }
        func ip(_ v: Value) throws(EvaluationError) -> IPAddress {
            guard case let .ipaddr(x) = v else { throw EvaluationError.type("ipaddr", v) }
            return x
        }
        func dec(_ v: Value) throws(EvaluationError) -> CedarDecimal {
            guard case let .decimal(x) = v else { throw EvaluationError.type("decimal", v) }
            return x
        }
        func dt(_ v: Value) throws(EvaluationError) -> CedarDatetime {
            guard case let .datetime(x) = v else { throw EvaluationError.type("datetime", v) }
            return x
        }
        func dur(_ v: Value) throws(EvaluationError) -> CedarDuration {
            guard case let .duration(x) = v else { throw EvaluationError.type("duration", v) }
            return x
        }
        guard args.count == fn.arity else {
            throw EvaluationError(.extensionError, "`\(fn.rawValue)` takes \(fn.arity - (fn.isConstructor ? 0 : 1)) argument(s), got \(args.count - (fn.isConstructor ? 0 : 1))")
        }
        switch fn {
        case .ip:
            let s = try string(args[0])
            guard let v = IPAddress(parsing: s) else { throw EvaluationError(.extensionError, "invalid IP address \(Value.quoted(s))") }
            return .ipaddr(v)
        case .decimal:
            let s = try string(args[0])
            guard let v = CedarDecimal(parsing: s) else { throw EvaluationError(.extensionError, "invalid decimal \(Value.quoted(s))") }
            return .decimal(v)
        case .datetime:
            let s = try string(args[0])
            guard let v = CedarDatetime(parsing: s) else { throw EvaluationError(.extensionError, "invalid datetime \(Value.quoted(s))") }
            return .datetime(v)
        case .duration:
            let s = try string(args[0])
            guard let v = CedarDuration(parsing: s) else { throw EvaluationError(.extensionError, "invalid duration \(Value.quoted(s))") }
            return .duration(v)
        case .isIpv4: return .bool(try ip(args[0]).isV4)
        case .isIpv6: return .bool(!(try ip(args[0]).isV4))
        case .isLoopback: return .bool(try ip(args[0]).isLoopback)
        case .isMulticast: return .bool(try ip(args[0]).isMulticast)
        case .isInRange: return .bool(try ip(args[0]).isInRange(try ip(args[1])))
        case .lessThan: return .bool(try dec(args[0]) < dec(args[1]))
        case .lessThanOrEqual: return .bool(try dec(args[0]) <= dec(args[1]))
        case .greaterThan: return .bool(try dec(args[0]) > dec(args[1]))
        case .greaterThanOrEqual: return .bool(try dec(args[0]) >= dec(args[1]))
        case .offset:
            let d = try dt(args[0]), o = try dur(args[1])
            let (v, overflow) = d.milliseconds.addingReportingOverflow(o.milliseconds)
            if overflow { throw EvaluationError(.overflow, "datetime overflow in offset") }
            return .datetime(CedarDatetime(milliseconds: v))
        case .durationSince:
            let a = try dt(args[0]), b = try dt(args[1])
            let (v, overflow) = a.milliseconds.subtractingReportingOverflow(b.milliseconds)
            if overflow { throw EvaluationError(.overflow, "duration overflow in durationSince") }
            return .duration(CedarDuration(milliseconds: v))
        case .toDate:
            let ms = try dt(args[0]).milliseconds
            let day: Int64 = 86_400_000
            var q = ms / day
            if ms % day != 0, ms < 0 { q -= 1 }
            let (v, overflow) = q.multipliedReportingOverflow(by: day)
            if overflow { throw EvaluationError(.overflow, "datetime overflow in toDate") }
            return .datetime(CedarDatetime(milliseconds: v))
        case .toTime:
            let ms = try dt(args[0]).milliseconds
            let day: Int64 = 86_400_000
            var r = ms % day
            if r < 0 { r += day }
            return .duration(CedarDuration(milliseconds: r))
        case .toMilliseconds: return .long(try dur(args[0]).milliseconds)
        case .toSeconds: return .long(try dur(args[0]).milliseconds / 1000)
        case .toMinutes: return .long(try dur(args[0]).milliseconds / 60_000)
        case .toHours: return .long(try dur(args[0]).milliseconds / 3_600_000)
        case .toDays: return .long(try dur(args[0]).milliseconds / 86_400_000)
        case .isEmpty:
            guard case let .set(s) = args[0] else { throw EvaluationError.type("Set", args[0]) }
            return .bool(s.isEmpty)
        }
    }
}
