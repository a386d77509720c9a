import Testing
@testable import OpenServicesPolicy

@Suite("Field obligations")
struct FieldObligationTests {
    @Test func groupAuthorisesSubfields() {
        let fields = FieldSet(annotation: "naam, geboorte.datum")
        #expect(fields.authorizes("naam"))
        #expect(fields.authorizes("naam.voornamen"))
        #expect(fields.authorizes("geboorte.datum"))
        #expect(!fields.authorizes("geboorte"))
        #expect(!fields.authorizes("naamgebruik"))
    }

    @Test func unauthorisedFieldDeniesListingIt() throws {
        let bundle = try Fixtures.bundle()
        let d = bundle.authorize(Fixtures.request(Fixtures.fatima, purpose: "dienstverlening", fields: ["naam.geslachtsnaam", "geboorte.datum", "bsn"]))
        #expect(!d.isAllowed)
        #expect(d.denialReason == .unauthorizedField(["geboorte.datum", "bsn"]))
        #expect(d.denialReason?.code == "unauthorizedField")
    }

    @Test func minimiseModeAllowsTheIntersection() throws {
        let bundle = try Fixtures.bundle()
        let d = bundle.authorize(Fixtures.request(Fixtures.fatima, purpose: "dienstverlening", fields: ["naam", "geboorte.datum"], mode: .minimise))
        #expect(d.isAllowed)
        #expect(d.authorizedFields == FieldSet(["naam"]))
        #expect(d.droppedFields == ["geboorte.datum"])
    }

    @Test func unionOverSatisfiedPermits() throws {
        let text = """
        @fields("naam") permit(principal, action, resource);
        @fields("verblijfplaats") permit(principal, action, resource);
        @fields("bsn") permit(principal, action, resource) when { false };
        """
        let d = try PolicySet(text: text).isAuthorized(principal: Fixtures.jan, action: Fixtures.raadplegen, resource: Fixtures.suzanne, entities: Entities())
        #expect(d.authorizedFields == FieldSet(["naam", "verblijfplaats"]))
    }
}
