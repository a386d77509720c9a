import Testing
@testable import OpenServicesPolicy

@Suite("Validator")
struct ValidatorTests {
    let schema = try! Schema(cedarSchema: """
    entity Role;
    entity Medewerker in [Role] = { gemeente: String, functie?: String };
    entity Persoon = { gemeente: String, geheimhouding: Bool, adressen: Set<String> } tags String;
    action raadplegen appliesTo { principal: [Medewerker], resource: [Persoon], context: { reden: String, sinds?: datetime } };
    action beheren appliesTo { principal: [Medewerker], resource: [Role] };
    """)

    func problems(_ text: String) throws -> [ValidationProblem] {
        Validator(schema: schema).validate(try PolicySet(text: text))
    }

    @Test func wellTypedPoliciesValidate() throws {
        #expect(try problems("""
        permit(principal in Role::"r", action == Action::"raadplegen", resource)
        when { resource.gemeente == principal.gemeente && !resource.geheimhouding && context.reden like "*zorg*" }
        unless { principal has functie && principal.functie == "stagiair" };
        permit(principal, action, resource is Persoon) when { resource.hasTag("x") && resource.getTag("x") == "y" };
        permit(principal, action == Action::"raadplegen", resource) when { context has sinds && context.sinds < datetime("2025-01-01") };
        """).isEmpty)
    }

    @Test func typeErrorsAreReportedWithPosition() throws {
        let found = try problems("""
        permit(principal, action == Action::"raadplegen", resource)
        when { resource.gemeente > 3 };
        """)
        #expect(found.count == 1)
        #expect(found[0].location?.line == 1)
        #expect(found[0].policyID == "policy0")
    }

    @Test func commonMistakes() throws {
        // Unknown attribute.
        #expect(!(try problems(#"permit(principal, action == Action::"raadplegen", resource) when { resource.naam == "x" };"#)).isEmpty)
        // Optional attribute without `has`.
        #expect(!(try problems(#"permit(principal, action == Action::"raadplegen", resource) when { principal.functie == "x" };"#)).isEmpty)
        // Unknown entity type and unknown action.
        #expect(!(try problems(#"permit(principal == Gebruiker::"a", action, resource);"#)).isEmpty)
        #expect(!(try problems(#"permit(principal, action == Action::"wijzigen", resource);"#)).isEmpty)
        // Tags without `hasTag`.
        #expect(!(try problems(#"permit(principal, action, resource is Persoon) when { resource.getTag("x") == "y" };"#)).isEmpty)
        // Scope that matches no action.
        #expect(!(try problems(#"permit(principal, action == Action::"beheren", resource is Persoon);"#)).isEmpty)
        // Mixed set and invalid extension literal.
        #expect(!(try problems(#"permit(principal, action, resource) when { [1, "a"].contains(1) };"#)).isEmpty)
        #expect(!(try problems(#"permit(principal, action, resource) when { ip("1.2.3") == ip("1.2.3.4") };"#)).isEmpty)
    }

    @Test func requestValidation() {
        let ok = schema.validateRequest(principal: EntityUID(type: "Medewerker", id: "a"), action: EntityUID(type: "Action", id: "raadplegen"),
                                        resource: EntityUID(type: "Persoon", id: "p"), context: ["reden": .string("x")])
        #expect(ok == nil)
        let missing = schema.validateRequest(principal: EntityUID(type: "Medewerker", id: "a"), action: EntityUID(type: "Action", id: "raadplegen"),
                                             resource: EntityUID(type: "Persoon", id: "p"), context: [:])
        #expect(missing?.contains("reden") == true)
        let wrongType = schema.validateRequest(principal: EntityUID(type: "Persoon", id: "a"), action: EntityUID(type: "Action", id: "raadplegen"),
                                               resource: EntityUID(type: "Persoon", id: "p"), context: ["reden": .string("x")])
        #expect(wrongType != nil)
    }

    @Test func bundlesRejectInvalidPolicies() {
        #expect(throws: PolicyBundleError.self) {
            try PolicyBundle(policies: try PolicySet(text: #"permit(principal, action, resource) when { principal.onbekend };"#), schema: schema)
        }
    }
}
