import Testing
@testable import OpenServicesPolicy

@Suite("Cedar decision semantics")
struct DecisionSemanticsTests {
    let alice = EntityUID(type: "User", id: "alice")
    let view = EntityUID(type: "Action", id: "view")
    let doc = EntityUID(type: "Doc", id: "d")

    func decide(_ text: String, context: [String: Value] = [:]) throws -> Decision {
        try PolicySet(text: text).isAuthorized(principal: alice, action: view, resource: doc, context: .record(context), entities: Entities())
    }

    @Test func defaultDeny() throws {
        let d = try decide(#"permit(principal == User::"bob", action, resource);"#)
        #expect(!d.isAllowed)
        #expect(d.reasons.isEmpty)
        #expect(d.denialReason == .noApplicablePermit)
    }

    @Test func forbidOverridesPermit() throws {
        let d = try decide("permit(principal, action, resource);\nforbid(principal, action, resource) when { true };")
        #expect(!d.isAllowed)
        #expect(d.reasons == ["policy1"])
    }

    @Test func erroringPoliciesAreSkippedAndReported() throws {
        let d = try decide("""
        permit(principal, action, resource) when { context.missing };
        forbid(principal, action, resource) when { 1 + "a" == 2 };
        permit(principal, action == Action::"view", resource);
        """)
        #expect(d.isAllowed)
        #expect(d.reasons == ["policy2"])
        #expect(Set(d.errors.map(\.policyID)) == ["policy0", "policy1"])
    }

    @Test func contextGuardsKeepErrorsAndDecisions() throws {
        let text = """
        permit(principal, action, resource) when { context.purpose == "a" && context.n > 1 };
        permit(principal, action, resource) when { context.purpose == "b" && context.n > 1 };
        forbid(principal, action, resource) when { context.purpose == "b" && context.missing };
        """
        let a = try decide(text, context: ["purpose": .string("a"), "n": .long(2)])
        #expect(a.isAllowed && a.reasons == ["policy0"] && a.errors.isEmpty)
        let b = try decide(text, context: ["purpose": .string("b"), "n": .long(2)])
        #expect(b.reasons == ["policy1"] && b.errors.map(\.policyID) == ["policy2"])
        let other = try decide(text, context: ["purpose": .long(1)])
        #expect(!other.isAllowed && other.errors.isEmpty)
        let missing = try decide(text, context: [:])
        #expect(Set(missing.errors.map(\.policyID)) == ["policy0", "policy1", "policy2"])
    }

    @Test func contextInGuardsFollowTheHierarchy() throws {
        let entities = Entities([
            Entity(uid: EntityUID(type: "Purpose", id: "zorgtoeslag"), parents: [EntityUID(type: "Purpose", id: "toeslagen")]),
            Entity(uid: EntityUID(type: "Purpose", id: "toeslagen")),
        ])
        let set = try PolicySet(text: """
        permit(principal, action, resource) when { context.purpose in Purpose::"toeslagen" };
        permit(principal, action, resource) when { context.purpose in Purpose::"zorgtoeslag" };
        permit(principal, action, resource) when { context.purpose in Purpose::"wmo" };
        """)
        func decide(_ purpose: Value?) -> Decision {
            set.isAuthorized(principal: alice, action: view, resource: doc,
                             context: .record(purpose.map { ["purpose": $0] } ?? [:]), entities: entities)
        }
        #expect(decide(.entity(EntityUID(type: "Purpose", id: "zorgtoeslag"))).reasons == ["policy0", "policy1"])
        #expect(decide(.entity(EntityUID(type: "Purpose", id: "toeslagen"))).reasons == ["policy0"])
        #expect(decide(.entity(EntityUID(type: "Purpose", id: "onbekend"))).reasons.isEmpty)
        #expect(decide(.string("toeslagen")).errors.count == 3)
        #expect(decide(nil).errors.count == 3)
    }

    @Test func indexMatchesFullScopeSemantics() throws {
        let entities = Entities([
            Entity(uid: alice, parents: [EntityUID(type: "Team", id: "t")]),
            Entity(uid: EntityUID(type: "Team", id: "t"), parents: [EntityUID(type: "Org", id: "o")]),
            Entity(uid: view, parents: [EntityUID(type: "Action", id: "read")]),
            Entity(uid: doc, parents: [EntityUID(type: "Folder", id: "f")]),
        ])
        let set = try PolicySet(text: """
        permit(principal in Org::"o", action in Action::"read", resource in Folder::"f");
        permit(principal is User in Team::"t", action in [Action::"x", Action::"view"], resource is Doc);
        permit(principal == User::"alice", action == Action::"read", resource);
        permit(principal is Team, action, resource);
        permit(principal is User in Team::"other", action, resource);
        """)
        let d = set.isAuthorized(principal: alice, action: view, resource: doc, entities: entities)
        #expect(d.reasons.sorted() == ["policy0", "policy1"])
    }
}

@Suite("Authorizer")
struct AuthorizerTests {
    @Test func allowsWithFieldsAndRecordsAudit() throws {
        let bundle = try Fixtures.bundle()
        let request = Fixtures.request(Fixtures.jan)
        let d = bundle.authorize(request)
        #expect(d.isAllowed)
        #expect(d.reasons == ["policy0"])
        #expect(d.authorizedFields?.authorizes("naam.voornamen") == true)
        let record = DecisionRecord(decision: d, request: request, bundle: bundle, unixMilliseconds: 0, decisionID: "x")
        #expect(record.time.hasPrefix("1970-01-01T00:00:00"))
        #expect(record.legalBasis == "Wet op de zorgtoeslag")
        #expect(record.processingActivity == "https://example.org/va/zorgtoeslag")
        #expect(record.policyVersion == bundle.versionHash)
        #expect(record.json["decision"] == .string("allow"))
    }

    @Test func recordsUseTheDecisionsBundle() throws {
        let bundle = try Fixtures.bundle()
        let authorizer = Authorizer(bundle: bundle)
        let (decision, record) = authorizer.authorizeAndRecord(Fixtures.request(Fixtures.jan, purpose: nil))
        #expect(decision.denialReason == .missingPurpose)
        #expect(record.denialReason == "missingPurpose")
        #expect(record.policyVersion == bundle.versionHash)
        #expect(record.decisionID.count == 32)
    }

    @Test func forbidWinsForSecretPersons() throws {
        let d = try Fixtures.bundle().authorize(Fixtures.request(Fixtures.jan, Fixtures.geheim))
        #expect(!d.isAllowed)
        #expect(d.reasons == ["policy2"])
        #expect(d.denialReason == .forbidden)
    }
}
