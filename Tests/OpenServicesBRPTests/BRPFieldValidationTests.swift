import Foundation
import OpenServicesBRP
import OpenServicesCore
import OpenServicesTesting
import Testing

/// The `fields` rules, client-side (before sending) and sandbox-side (the official answers).
@Suite struct BRPFieldValidationTests {
    /// A client whose connector fails the test if it is ever called.
    let offline = BRPClient(
        pipeline: Pipeline(connector: ScriptedConnector(handler: { _, _ in
            Issue.record("nothing may be sent when the fields are invalid")
            return .status(.internalServerError)
        })),
        baseURL: URL(string: "https://proefomgeving.haalcentraal.nl/haalcentraal/api/brp")!)

    @Test func officialListsHaveTheirSizes() {
        #expect(BRPFieldRules.persoon.count == 139)
        #expect(BRPFieldRules.persoonBeperkt.count == 20)
        #expect(BRPFieldRules.gezagPersoonBeperkt.count == 21)
    }

    @Test(arguments: [
        ("naam", BRPQueryType.raadpleegMetBurgerservicenummer, BRPFieldRules.Verdict.allowed),
        ("partners.naam.voornamen", .raadpleegMetBurgerservicenummer, .allowed),
        ("geslacht.code", .raadpleegMetBurgerservicenummer, .allowed),
        ("geboorte.datum.langFormaat", .zoekMetPostcodeEnHuisnummer, .allowed),
        ("naam.adellijkeTitelPredicaat.soort", .raadpleegMetBurgerservicenummer, .allowed),
        ("indicatieCurateleRegister", .raadpleegMetBurgerservicenummer, .allowed),
        ("gezag", .zoekMetAdresseerbaarObjectIdentificatie, .allowed),
        ("gezag", .zoekMetPostcodeEnHuisnummer, .unknown),
        ("aNummer", .zoekMetGeslachtsnaamEnGeboortedatum, .unknown),
        ("anummer", .raadpleegMetBurgerservicenummer, .unknown),
        ("naam.bestaatNiet", .raadpleegMetBurgerservicenummer, .unknown),
        ("geslacht.foo", .raadpleegMetBurgerservicenummer, .unknown),
        ("inOnderzoek", .raadpleegMetBurgerservicenummer, .notAllowed),
        ("naam.inOnderzoek.voornamen", .raadpleegMetBurgerservicenummer, .notAllowed),
        ("geheimhoudingPersoonsgegevens", .zoekMetPostcodeEnHuisnummer, .notAllowed),
        ("opschortingBijhouding.reden.code", .raadpleegMetBurgerservicenummer, .notAllowed),
        ("rni", .raadpleegMetBurgerservicenummer, .notAllowed),
        ("verificatie.datum", .raadpleegMetBurgerservicenummer, .notAllowed),
        ("gezag.type", .raadpleegMetBurgerservicenummer, .notAllowed),
        ("a*nummer", .raadpleegMetBurgerservicenummer, .invalidSyntax),
        ("burger service nummer", .raadpleegMetBurgerservicenummer, .invalidSyntax),
        ("", .raadpleegMetBurgerservicenummer, .invalidSyntax),
    ])
    func verdicts(path: String, type: BRPQueryType, expected: BRPFieldRules.Verdict) {
        #expect(BRPFieldRules.verdict(for: path, in: type) == expected)
    }

    @Test func clientRefusesAutomaticallyDeliveredFieldsNamingFieldAndRule() async throws {
        let error = try await #require(throws: OpenServicesError.self) {
            _ = try await offline.person(try BSN("999993653"), fields: ["naam", "geheimhoudingPersoonsgegevens"])
        }
        #expect(error.code == .invalidInput)
        #expect(error.message.contains("'geheimhoudingPersoonsgegevens' (fields[1])"))
        #expect(error.message.contains("delivered automatically"))
    }

    @Test func clientRefusesUnknownAndWrongTypeFields() async throws {
        let unknown = try await #require(throws: OpenServicesError.self) {
            _ = try await offline.search(.surnameAndBirthDate(geslachtsnaam: "Moulin", geboortedatum: "1985-12-01"), fields: ["aNummer"])
        }
        #expect(unknown.code == .invalidInput)
        #expect(unknown.message.contains("does not exist for ZoekMetGeslachtsnaamEnGeboortedatum"))
        let syntax = try await #require(throws: OpenServicesError.self) {
            _ = try await offline.persons([try BSN("999993653")], fields: ["a*nummer"])
        }
        #expect(syntax.message.contains("pattern"))
    }

    @Test func clientRefusesEmptyAndTooManyFields() async throws {
        let empty = try await #require(throws: OpenServicesError.self) {
            _ = try await offline.persons([try BSN("999993653")], fields: [])
        }
        #expect(empty.message.contains("minItems 1"))
        let many = Array(repeating: BRPField("naam"), count: 131)
        let tooMany = try await #require(throws: OpenServicesError.self) {
            _ = try await offline.persons([try BSN("999993653")], fields: many)
        }
        #expect(tooMany.message.contains("maxItems 130"))
    }

    @Test func sandboxRefusesFieldsTheOfficialWay() async throws {
        let body = #"{"type":"RaadpleegMetBurgerservicenummer","burgerservicenummer":["999993653"],"fields":["naam","inOnderzoek","anummer","a*nummer","gezag.type"]}"#
        let (status, json, _) = try await BRPTestSupport.raw(body)
        #expect(status == 400)
        #expect(json["code"] as? String == "paramsValidation")
        #expect(BRPTestSupport.invalidParams(json) == ["fields[1]|fields", "fields[2]|fields", "fields[3]|pattern", "fields[4]|fields"])
        let reasons = (json["invalidParams"] as? [[String: Any]] ?? []).compactMap { $0["reason"] as? String }
        #expect(reasons[0] == "Parameter bevat een niet toegestane veldnaam.")
        #expect(reasons[1] == "Parameter bevat een niet bestaande veldnaam.")
    }

    @Test func sandboxRefusesFieldsListShapes() async throws {
        let asString = try await BRPTestSupport.raw(#"{"type":"RaadpleegMetBurgerservicenummer","burgerservicenummer":["999993653"],"fields":"naam,geslacht"}"#)
        #expect(BRPTestSupport.invalidParams(asString.json) == ["fields|array"])
        let empty = try await BRPTestSupport.raw(#"{"type":"RaadpleegMetBurgerservicenummer","burgerservicenummer":["999993653"],"fields":[]}"#)
        #expect(BRPTestSupport.invalidParams(empty.json) == ["fields|minItems"])
        let many = (0..<131).map { _ in "\"naam\"" }.joined(separator: ",")
        let tooMany = try await BRPTestSupport.raw(#"{"type":"RaadpleegMetBurgerservicenummer","burgerservicenummer":["999993653"],"fields":[\#(many)]}"#)
        #expect(BRPTestSupport.invalidParams(tooMany.json) == ["fields|maxItems"])
        let beperkt = try await BRPTestSupport.raw(#"{"type":"ZoekMetGeslachtsnaamEnGeboortedatum","geslachtsnaam":"Moulin","geboortedatum":"1985-12-01","fields":["burgerservicenummer","aNummer"]}"#)
        #expect(BRPTestSupport.invalidParams(beperkt.json) == ["fields[1]|fields"])
    }

    @Test func fieldListParsing() {
        #expect(BRPField.list("naam, geboorte.datum,burgerservicenummer") == ["naam", "geboorte.datum", "burgerservicenummer"])
        for type in BRPQueryType.allCases {
            #expect(BRPField.defaults(for: type).allSatisfy { BRPFieldRules.verdict(for: $0.path, in: type) == .allowed })
        }
    }
}
