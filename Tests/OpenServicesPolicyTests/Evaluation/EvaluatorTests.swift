import Testing
@testable import OpenServicesPolicy

@Suite("Evaluator")
struct EvaluatorTests {
    let entities = Entities([
        Entity(uid: EntityUID(type: "User", id: "alice"), attributes: ["age": .long(30), "tags": .set([.string("a")])],
               parents: [EntityUID(type: "Group", id: "g")], tags: ["level": .long(3)]),
        Entity(uid: EntityUID(type: "Group", id: "g"), parents: [EntityUID(type: "Group", id: "root")]),
    ])

    func eval(_ text: String) throws -> Value {
        let ctx = EvaluationContext(principal: EntityUID(type: "User", id: "alice"), action: EntityUID(type: "Action", id: "view"),
                                    resource: EntityUID(type: "Doc", id: "d"), context: .record(["n": .long(Int64.max)]), entities: entities)
        return try ctx.evaluate(try Parser.parseExpression(text))
    }

    @Test func arithmeticOverflowIsAnError() throws {
        #expect(try eval("1 + 2 * 3") == .long(7))
        #expect(throws: EvaluationError.self) { try eval("context.n + 1") }
        #expect(throws: EvaluationError.self) { try eval("-9223372036854775807 - 2") }
        #expect(throws: EvaluationError.self) { try eval("-(-9223372036854775808)") }
    }

    @Test func hierarchyAndAttributes() throws {
        #expect(try eval(#"principal in Group::"root""#) == .bool(true))
        #expect(try eval(#"principal in [Group::"x", Group::"g"]"#) == .bool(true))
        #expect(try eval(#"Doc::"unknown" in Doc::"unknown""#) == .bool(true))
        #expect(try eval("principal has age && principal.age >= 18") == .bool(true))
        #expect(try eval(#"resource has age"#) == .bool(false))
        #expect(throws: EvaluationError.self) { try eval("resource.age") }
        #expect(try eval(#"principal.hasTag("level") && principal.getTag("level") == 3"#) == .bool(true))
        #expect(try eval(#"principal is User"#) == .bool(true))
    }

    @Test func shortCircuitAndTypeErrors() throws {
        #expect(try eval("false && (1 + true)") == .bool(false))
        #expect(try eval("true || 1") == .bool(true))
        #expect(throws: EvaluationError.self) { try eval("true && 1") }
        #expect(throws: EvaluationError.self) { try eval("if 1 then true else false") }
        #expect(try eval("1 == true") == .bool(false))
    }

    @Test func setsAndRecords() throws {
        #expect(try eval("[1, 2, 3].containsAll([1, 3])") == .bool(true))
        #expect(try eval("[1, 2].containsAny([5, 2])") == .bool(true))
        #expect(try eval("[].isEmpty()") == .bool(true))
        #expect(try eval(#"{a: 1, "b c": [2]} == {"b c": [2], a: 1}"#) == .bool(true))
        #expect(try eval(#"{a: {b: 1}} has a.b"#) == .bool(true))
    }

    @Test func likeIsLinearOnPathologicalPatterns() throws {
        let text = String(repeating: "a", count: 20_000)
        let pattern = String(repeating: "*a", count: 200) + "b"
        let clock = ContinuousClock()
        var result: Value?
        let elapsed = clock.measure {
            result = try? eval("\"\(text)\" like \"\(pattern)\"")
        }
        #expect(result == .bool(false))
        #expect(elapsed < .seconds(5))
        #expect(try eval(#""abc*" like "a*\*""#) == .bool(true))
        #expect(try eval(#""abc" like "a*\*""#) == .bool(false))
    }

    @Test func extensionTypes() throws {
        #expect(try eval(#"decimal("1.25").lessThan(decimal("1.2501"))"#) == .bool(true))
        #expect(throws: EvaluationError.self) { try eval(#"decimal("1.23456")"#) }
        #expect(try eval(#"ip("10.0.0.1").isInRange(ip("10.0.0.0/8"))"#) == .bool(true))
        #expect(try eval(#"ip("::1").isLoopback()"#) == .bool(true))
        #expect(try eval(#"ip("224.1.2.3").isMulticast()"#) == .bool(true))
        #expect(throws: EvaluationError.self) { try eval(#"ip("01.2.3.4")"#) }
        #expect(try eval(#"datetime("2024-01-01T10:00:00+0100") == datetime("2024-01-01T09:00:00Z")"#) == .bool(true))
        #expect(try eval(#"datetime("2024-02-29").offset(duration("1d")) > datetime("2024-02-29")"#) == .bool(true))
        #expect(try eval(#"duration("1h30m").toMinutes()"#) == .long(90))
        #expect(try eval(#"datetime("1969-12-31T23:00:00Z").toDate() == datetime("1969-12-31")"#) == .bool(true))
        #expect(throws: EvaluationError.self) { try eval(#"datetime("2023-02-29")"#) }
    }
}

@Suite("Evaluator limits")
struct EvaluatorLimitTests {
    @Test func deepestAllowedExpressionEvaluatesOnATestThread() throws {
        let terms = Parser.maximumExpressionDepth - 2
        let sum = (0..<terms).map { _ in "1" }.joined(separator: " + ")
        let set = try PolicySet(text: "permit(principal, action, resource) when { \(sum) == \(terms) };")
        let d = set.isAuthorized(principal: EntityUID(type: "U", id: "a"), action: EntityUID(type: "A", id: "b"),
                                 resource: EntityUID(type: "R", id: "c"), entities: Entities())
        #expect(d.isAllowed)
        let tooDeep = (0..<(Parser.maximumExpressionDepth * 2)).map { _ in "1" }.joined(separator: " + ")
        #expect(throws: PolicyParseError.self) { try PolicySet(text: "permit(principal, action, resource) when { \(tooDeep) > 0 };") }
    }
}

@Suite("Values")
struct ValueTests {
    @Test func datetimeRoundTripsThroughText() throws {
        for text in ["2026-03-02T10:15:00.123Z", "1969-12-31T23:59:59.999Z", "0000-01-01T00:00:00.000Z", "9999-12-31T23:59:59.999Z"] {
            let d = try #require(CedarDatetime(parsing: text))
            #expect(d.iso8601 == text)
        }
        let far = Value.datetime(CedarDatetime(milliseconds: Int64.max))
        let decoded = try EntityJSONDecoder().value(far.json, expected: nil)
        #expect(decoded == far)
    }

    @Test func expressionsPrintAsCedar() throws {
        for text in [#"principal in Role::"a" && !(context.x < 3 || resource has "b c")"#, #"if a.b then [1, -2] else {"k": ip("10.0.0.1").isInRange(ip("10.0.0.0/8"))}"#,
                     #"(1 + 2) * 3 == context["weird key"].toSeconds()"#] {
            let e = try Parser.parseExpression(text.replacingOccurrences(of: "a.b", with: "context.b"))
            let again = try Parser.parseExpression(e.description)
            #expect(again.description == e.description)
        }
    }
}
