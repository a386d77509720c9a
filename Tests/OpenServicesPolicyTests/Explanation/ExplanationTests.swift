import Testing
@testable import OpenServicesPolicy

@Suite("Explanations")
struct ExplanationTests {
    @Test func allowNamesDeterminingPoliciesWithAnnotations() throws {
        let d = try Fixtures.bundle().authorize(Fixtures.request(Fixtures.jan), options: AuthorizeOptions(explain: true))
        let e = try #require(d.explanation)
        #expect(e.determining.map(\.label) == [#"policy0 (@id "toeslagen-raadplegen")"#])
        #expect(e.determining.first?.legalBasis == "Awir, art. 41")
        #expect(e.render(.english).contains("legal basis"))
        #expect(e.render(.dutch).contains("grondslag"))
    }

    @Test func denyNamesFirstFailedCondition() throws {
        let d = try Fixtures.bundle().authorize(Fixtures.request(Fixtures.fatima, purpose: "zorgtoeslag"), options: AuthorizeOptions(explain: true))
        let e = try #require(d.explanation)
        #expect(e.notApplied.count == 2)
        #expect(e.notApplied[0].failedCondition == #"principal in Role::"toeslagen""#)
        #expect(e.notApplied[1].failedCondition.hasPrefix("when { context.purpose in Purpose::\"dienstverlening\""))
        #expect(e.render(.dutch).contains("niet voldaan"))
    }
}
