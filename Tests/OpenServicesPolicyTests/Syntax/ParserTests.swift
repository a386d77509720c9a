import Testing
@testable import OpenServicesPolicy

@Suite("Parser")
struct ParserTests {
    @Test func parsesPoliciesWithIdsInTextOrder() throws {
        let set = try PolicySet(text: """
        permit(principal, action, resource);
        @id("tweede") forbid(principal == User::"a", action in [Action::"x", Action::"y"], resource is Doc in Folder::"f")
        when { true } unless { false };
        """)
        #expect(set.policies.map(\.id) == ["policy0", "policy1"])
        #expect(set.policies[1].annotation("id") == "tweede")
        #expect(set.policies[1].effect == .forbid)
        #expect(set.policies[1].conditions.count == 2)
    }

    @Test func parseErrorsCarryLineColumnAndExpectation() {
        do {
            _ = try PolicySet(text: "permit(principal, action, resource)\nwhen { 1 + };")
            Issue.record("expected a parse error")
        } catch {
            #expect(error.location.line == 2)
            #expect(error.location.column == 12)
            #expect(error.message.contains("expected"))
        }
    }

    @Test func missingSemicolonSaysWhatWasExpected() {
        #expect(throws: PolicyParseError.self) { try PolicySet(text: "permit(principal, action, resource)") }
        do { _ = try PolicySet(text: "permit(principal, action, resource)") } catch {
            #expect(error.message.contains("`;`"))
        }
    }

    @Test func deepNestingIsRejectedWithoutCrashing() {
        let depth = 10_000
        let text = "permit(principal, action, resource) when { " + String(repeating: "(", count: depth) + "true" + String(repeating: ")", count: depth) + " };"
        do { _ = try PolicySet(text: text); Issue.record("expected an error") } catch {
            #expect(error.message.contains("nested too deeply"))
        }
        let unary = "permit(principal, action, resource) when { " + String(repeating: "!", count: depth) + "true };"
        #expect(throws: PolicyParseError.self) { try PolicySet(text: unary) }
        let sets = "permit(principal, action, resource) when { " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + " };"
        #expect(throws: PolicyParseError.self) { try PolicySet(text: sets) }
        let members = "permit(principal, action, resource) when { context" + String(repeating: ".a", count: depth) + " };"
        #expect(throws: PolicyParseError.self) { try PolicySet(text: members) }
    }

    @Test func longFlatChainsAreFine() throws {
        let chain = (0..<5_000).map { "context.a == \($0)" }.joined(separator: " || ")
        let set = try PolicySet(text: "permit(principal, action, resource) when { \(chain) };")
        #expect(set.count == 1)
        let sum = (0..<150).map(String.init).joined(separator: " + ")
        _ = try PolicySet(text: "permit(principal, action, resource) when { \(sum) > 0 };")
    }

    @Test func garbageFailsQuickly() {
        var rng = SystemRandomNumberGenerator()
        var bytes = [UInt8](repeating: 0, count: 1 << 20)
        for i in bytes.indices { bytes[i] = UInt8.random(in: 0...255, using: &rng) }
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(throws: PolicyParseError.self) { try PolicySet(text: text) }
        let tokens = String(repeating: "permit ( principal , ", count: 50_000)
        #expect(throws: PolicyParseError.self) { try PolicySet(text: tokens) }
        #expect(throws: PolicyParseError.self) { try JSONParser.parse(String(repeating: "[", count: 100_000)) }
        #expect(throws: PolicyParseError.self) { try Schema(cedarSchema: String(repeating: "entity {", count: 10_000)) }
    }

    @Test func integerLiterals() throws {
        #expect(throws: PolicyParseError.self) { try Parser.parseExpression("9223372036854775808") }
        let e = try Parser.parseExpression("-9223372036854775808")
        guard case .literal(.long(Int64.min)) = e else { Issue.record("expected Int64.min"); return }
    }

    @Test func stringEscapesAndEntityRefs() throws {
        let uid = try EntityUID(parsing: #"NL::Persoon::"a\"b\u{e9}""#)
        #expect(uid.type == "NL::Persoon")
        #expect(uid.id == "a\"bé")
        #expect(throws: PolicyParseError.self) { try Parser.parseExpression(#""\q""#) }
    }

    @Test func jsonPolicyFormat() throws {
        let json = """
        {"effect": "permit", "principal": {"op": "==", "entity": {"type": "User", "id": "alice"}},
         "action": {"op": "in", "entities": [{"type": "Action", "id": "view"}]}, "resource": {"op": "All"},
         "annotations": {"id": "json-policy"},
         "conditions": [{"kind": "when", "body": {"==": {"left": {".": {"left": {"Var": "context"}, "attr": "x"}}, "right": {"Value": 1}}}}]}
        """
        let policies = try PolicyJSONParser.parsePolicySet(json)
        #expect(policies.count == 1)
        #expect(policies[0].annotation("id") == "json-policy")
        let set = PolicySet(policies)
        let d = set.isAuthorized(principal: EntityUID(type: "User", id: "alice"), action: EntityUID(type: "Action", id: "view"),
                                 resource: EntityUID(type: "Doc", id: "1"), context: .record(["x": .long(1)]), entities: Entities())
        #expect(d.isAllowed)
    }
}
