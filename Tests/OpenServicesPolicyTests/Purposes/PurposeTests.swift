import Testing
@testable import OpenServicesPolicy

@Suite("Purposes (doelbinding)")
struct PurposeTests {
    @Test func purposeTreeAdmitsDescendants() throws {
        let bundle = try Fixtures.bundle()
        #expect(bundle.purposes.isPurpose("zorgtoeslag", within: "toeslagen"))
        #expect(!bundle.purposes.isPurpose("toeslagen", within: "zorgtoeslag"))
        #expect(bundle.authorize(Fixtures.request(Fixtures.jan, purpose: "zorgtoeslag")).isAllowed)
        #expect(bundle.authorize(Fixtures.request(Fixtures.jan, purpose: "toeslagen")).isAllowed)
        #expect(!bundle.authorize(Fixtures.request(Fixtures.jan, purpose: "dienstverlening")).isAllowed)
    }

    @Test func missingOrUnknownPurposeIsDenied() throws {
        let bundle = try Fixtures.bundle()
        let missing = bundle.authorize(Fixtures.request(Fixtures.jan, purpose: nil), options: AuthorizeOptions(explain: true))
        #expect(!missing.isAllowed)
        #expect(missing.denialReason == .missingPurpose)
        #expect(missing.explanation?.render(.dutch).contains("doel") == true)
        let unknown = bundle.authorize(Fixtures.request(Fixtures.jan, purpose: "marketing"))
        #expect(unknown.denialReason == .unknownPurpose("marketing"))
        #expect(unknown.denialReason?.message().contains("marketing") == true)
    }

    @Test func invalidTreesAreRejected() {
        #expect(throws: PolicyParseError.self) { try PurposeTree([Purpose(id: "a", parent: "b")]) }
        #expect(throws: PolicyParseError.self) { try PurposeTree([Purpose(id: "a", parent: "b"), Purpose(id: "b", parent: "a")]) }
    }
}
