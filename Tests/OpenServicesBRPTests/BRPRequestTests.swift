import Foundation
import HTTPTypes
import OpenServicesBRP
import OpenServicesCore
import OpenServicesTesting
import Testing

/// What the client sends: method, URL, headers and body, recorded with a scripted connector.
@Suite struct BRPRequestTests {
    static let root = URL(string: "https://proefomgeving.haalcentraal.nl/haalcentraal/api/brp")!

    func client(_ connector: ScriptedConnector) -> BRPClient {
        BRPClient(pipeline: Pipeline(connector: connector, clock: TestClock()), baseURL: Self.root)
    }

    func body(_ request: RecordedRequest) throws -> [String: Any] {
        let data = try #require(request.body)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func bsnTravelsOnlyInTheBody() async throws {
        let connector = ScriptedConnector([.json(#"{"type":"RaadpleegMetBurgerservicenummer","personen":[{"burgerservicenummer":"999993653"}]}"#)])
        let personen = try await client(connector).persons([try BSN("999993653")], fields: ["burgerservicenummer"])
        #expect(personen.count == 1)
        let request = try #require(connector.requests.first)
        #expect(request.head.method == .post)
        #expect(request.head.path == "/haalcentraal/api/brp/personen")
        #expect(request.head.authority == "proefomgeving.haalcentraal.nl")
        #expect(!(request.head.path ?? "").contains("999993653"))
        #expect(request.head.headerFields[.contentType] == "application/json")
        #expect(request.head.headerFields[.accept] == "application/json")
        for field in request.head.headerFields { #expect(!field.value.contains("999993653")) }
        let json = try body(request)
        #expect(json["type"] as? String == "RaadpleegMetBurgerservicenummer")
        #expect(json["burgerservicenummer"] as? [String] == ["999993653"])
        #expect(json["fields"] as? [String] == ["burgerservicenummer"])
    }

    @Test func readOnlyPostIsRetried() async throws {
        let connector = ScriptedConnector([.status(.serviceUnavailable), .json(#"{"type":"RaadpleegMetBurgerservicenummer","personen":[]}"#)])
        let personen = try await client(connector).persons([try BSN("999993653")], fields: ["naam"])
        #expect(personen.isEmpty)
        #expect(connector.requests.count == 2, "the request is marked safe, so the retry stage repeats it")
    }

    @Test func invalidBSNFailsBeforeAnyCallNamingTheRule() async throws {
        let connector = ScriptedConnector([.status(.internalServerError)])
        let error = try await #require(throws: OpenServicesError.self) {
            _ = try await client(connector).persons([try BSN("999993654")], fields: ["naam"])
        }
        #expect(error.code == .invalidInput)
        #expect(error.message.contains("elfproef"))
        #expect(!error.description.contains("999993654"))
        #expect(connector.requests.isEmpty)
    }

    @Test func tooManyBSNsFailsBeforeAnyCall() async throws {
        let connector = ScriptedConnector([.status(.internalServerError)])
        let bsns = Array(repeating: try BSN("999993653"), count: 21)
        let error = try await #require(throws: OpenServicesError.self) {
            _ = try await client(connector).persons(bsns, fields: ["naam"])
        }
        #expect(error.code == .invalidInput)
        #expect(error.message.contains("maxItems 1") || error.message.contains("1 to 20"))
        #expect(connector.requests.isEmpty)
    }

    @Test func searchParametersAreCheckedBeforeSending() async throws {
        let connector = ScriptedConnector([.status(.internalServerError)])
        let brp = client(connector)
        let surname = try await #require(throws: OpenServicesError.self) {
            _ = try await brp.search(.surnameAndBirthDate(geslachtsnaam: "Mo*", geboortedatum: "1985-12-01"), fields: ["naam"])
        }
        #expect(surname.message.contains("geslachtsnaam"))
        #expect(!surname.message.contains("Mo*"), "the value is never echoed")
        let date = try await #require(throws: OpenServicesError.self) {
            _ = try await brp.search(.surnameAndBirthDate(geslachtsnaam: "Moulin", geboortedatum: "1985-13-01"), fields: ["naam"])
        }
        #expect(date.message.contains("geboortedatum"))
        let number = try await #require(throws: OpenServicesError.self) {
            _ = try await brp.search(.postcodeAndHouseNumber(postcode: try Postcode("3011WK"), huisnummer: 0), fields: ["naam"])
        }
        #expect(number.message.contains("huisnummer"))
        let municipality = try await #require(throws: OpenServicesError.self) {
            _ = try await brp.search(.nameAndMunicipality(geslachtsnaam: "Moulin", voornamen: "Suzanne", gemeenteVanInschrijving: "599"), fields: ["naam"])
        }
        #expect(municipality.message.contains("gemeenteVanInschrijving"))
        let wrongObject = try await #require(throws: OpenServicesError.self) {
            _ = try await brp.search(.nummeraanduiding(try BAGIdentifier("0599010000001012")), fields: ["naam"])
        }
        #expect(wrongObject.message.contains("nummeraanduiding"))
        let wrongResident = try await #require(throws: OpenServicesError.self) {
            _ = try await brp.residents(adresseerbaarObjectIdentificatie: try BAGIdentifier("0599200000001012"), fields: ["naam"])
        }
        #expect(wrongResident.message.contains("adresseerbaarObjectIdentificatie"))
        #expect(connector.requests.isEmpty)
    }

    @Test func searchBodyCarriesOfficialParameterNames() async throws {
        let connector = ScriptedConnector([.json(#"{"type":"ZoekMetPostcodeEnHuisnummer","personen":[]}"#)])
        _ = try await client(connector).search(
            .postcodeAndHouseNumber(postcode: try Postcode("3011 wk"), huisnummer: 12, huisletter: "a", huisnummertoevoeging: "2",
                                    geboortedatum: "1985-12-01", geslachtsnaam: "Moulin", inclusiefOverledenPersonen: true,
                                    gemeenteVanInschrijving: "0599"),
            fields: ["burgerservicenummer"])
        let json = try body(try #require(connector.requests.first))
        #expect(json["type"] as? String == "ZoekMetPostcodeEnHuisnummer")
        #expect(json["postcode"] as? String == "3011WK")
        #expect(json["huisnummer"] as? Int == 12)
        #expect(json["huisletter"] as? String == "a")
        #expect(json["huisnummertoevoeging"] as? String == "2")
        #expect(json["geboortedatum"] as? String == "1985-12-01")
        #expect(json["geslachtsnaam"] as? String == "Moulin")
        #expect(json["inclusiefOverledenPersonen"] as? Bool == true)
        #expect(json["gemeenteVanInschrijving"] as? String == "0599")
    }

    @Test func operationNamesInContext() async throws {
        #expect(BRPQueryType.raadpleegMetBurgerservicenummer.operation == "personen.raadplegen")
        #expect(BRPQueryType.zoekMetPostcodeEnHuisnummer.operation == "personen.zoeken")
        #expect(BRPQueryType.zoekMetPostcodeEnHuisnummer.maximumResults == 30)
        #expect(BRPQueryType.zoekMetGeslachtsnaamEnGeboortedatum.maximumResults == 10)
    }

    @Test func scriptedProblemBecomesRecognisableError() async throws {
        let connector = ScriptedConnector([.problem(.badRequest, #"{"type":"https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.1","title":"Teveel zoekresultaten.","status":400,"detail":"Meer dan maximum van 10 zoekresultaten gevonden. Verfijn de zoekopdracht.","code":"tooManyResults","instance":"/haalcentraal/api/brp/personen"}"#)])
        let error = try await #require(throws: OpenServicesError.self) {
            _ = try await client(connector).search(.surnameAndBirthDate(geslachtsnaam: "Jansen", geboortedatum: "1980-01-01"), fields: ["naam"])
        }
        #expect(error.isTooManyResults)
        #expect(error.service == "brp")
        #expect(error.operation == "personen.zoeken")
        #expect(connector.requests.count == 1, "a 400 is not retried")
    }

    @Test func undecodableAnswerIsADecodingError() async throws {
        let connector = ScriptedConnector([.json(#"{"type":"RaadpleegMetBurgerservicenummer","personen":[{"leeftijd":"oud"}]}"#)])
        let error = try await #require(throws: OpenServicesError.self) {
            _ = try await client(connector).persons([try BSN("999993653")], fields: ["leeftijd"])
        }
        #expect(error.code == .decodingFailed)
        #expect(error.message.contains("personen[0].leeftijd"))
    }
}
