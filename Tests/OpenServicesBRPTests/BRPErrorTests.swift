import Foundation
import OpenServicesBRP
import OpenServicesCore
import OpenServicesSandbox
import Testing

/// Every error shape of the BRP, through the client (mapped errors) and raw (the official bodies).
@Suite struct BRPErrorTests {
    @Test func tooManyResultsThroughTheClient() async throws {
        let brp = BRPTestSupport.client()
        let id = try BAGIdentifier(SandboxAddresses.all[9].nummeraanduidingIdentificatie)
        let error = try await #require(throws: OpenServicesError.self) {
            _ = try await brp.search(.nummeraanduiding(id), fields: ["burgerservicenummer"])
        }
        #expect(error.isTooManyResults)
        #expect(BRPProblem(error) == .tooManyResults)
        #expect(error.code == .rejected)
        #expect(error.status?.code == 400)
        #expect(error.message.contains("more than 10"))
        #expect(error.remediation?.contains("Refine") == true)
    }

    @Test func tooManyResultsOnStreetSearchToo() async throws {
        let brp = BRPTestSupport.client()
        let error = try await #require(throws: OpenServicesError.self) {
            _ = try await brp.search(
                .streetHouseNumberAndMunicipality(straat: "Breestraatsteeg", huisnummer: 40, gemeenteVanInschrijving: "0546"),
                fields: ["burgerservicenummer"])
        }
        #expect(error.isTooManyResults)
    }

    @Test func tooManyResultsRawShape() async throws {
        let body = #"{"type":"ZoekMetNummeraanduidingIdentificatie","nummeraanduidingIdentificatie":"\#(SandboxAddresses.all[9].nummeraanduidingIdentificatie)","fields":["burgerservicenummer"]}"#
        let (status, json, contentType) = try await BRPTestSupport.raw(body)
        #expect(status == 400)
        #expect(contentType == "application/problem+json")
        #expect(json["code"] as? String == "tooManyResults")
        #expect(json["title"] as? String == "Teveel zoekresultaten.")
        #expect(json["detail"] as? String == "Meer dan maximum van 10 zoekresultaten gevonden. Verfijn de zoekopdracht.")
        #expect(json["status"] as? Int == 400)
        #expect(json["instance"] as? String == "/haalcentraal/api/brp/personen")
    }

    @Test func unauthorizedFieldThroughTheClient() async throws {
        let brp = BRPTestSupport.client(BRPTestSupport.sandbox(deniedFields: ["aNummer", "verblijfstitel.aanduiding"]))
        let error = try await #require(throws: OpenServicesError.self) {
            _ = try await brp.person(try BSN("999993653"), fields: ["naam", "verblijfstitel"])
        }
        #expect(error.isUnauthorizedField)
        #expect(error.code == .forbidden)
        #expect(error.status?.code == 403)
        #expect(error.serviceError?.title == "U bent niet geautoriseerd voor één of meerdere opgegeven field waarden.")
        // Fields the caller is authorised for still work.
        #expect(try await brp.person(try BSN("999993653"), fields: ["naam"]) != nil)
    }

    @Test func paramsValidationThroughTheClientWhenTheClientIsBypassed() async throws {
        // A BSN that passes the client's elfproef but a raw body lets the sandbox judge the pattern.
        let (status, json, _) = try await BRPTestSupport.raw(
            #"{"type":"RaadpleegMetBurgerservicenummer","burgerservicenummer":["12345678","999993653"],"fields":["naam"]}"#)
        #expect(status == 400)
        #expect(json["code"] as? String == "paramsValidation")
        #expect(json["title"] as? String == "Een of meerdere parameters zijn niet correct.")
        #expect(json["detail"] as? String == "De foutieve parameter(s) zijn: burgerservicenummer[0].")
        #expect(BRPTestSupport.invalidParams(json) == ["burgerservicenummer[0]|pattern"])
    }

    @Test func paramsValidationMapsToIsParamsValidation() async throws {
        let details = ServiceErrorDetails(parsing: Array(#"{"title":"x","status":400,"code":"paramsValidation","invalidParams":[{"name":"huisnummer","code":"integer","reason":"Waarde is geen geldig getal."}]}"#.utf8))
        let error = OpenServicesError(.rejected, "x", status: .badRequest, serviceError: details, service: "brp")
        #expect(error.isParamsValidation)
        #expect(!error.isTooManyResults)
        #expect(error.serviceError?.invalidParameters.first?.name == "huisnummer")
    }

    @Test func typeMissingAndUnknown() async throws {
        let missing = try await BRPTestSupport.raw(#"{"fields":["naam"]}"#)
        #expect(missing.status == 400)
        #expect(BRPTestSupport.invalidParams(missing.json) == ["type|required"])
        let unknown = try await BRPTestSupport.raw(#"{"type":"ZoekMetBsn","fields":["naam"]}"#)
        #expect(BRPTestSupport.invalidParams(unknown.json) == ["type|value"])
    }

    @Test func requiredParametersMissing() async throws {
        let (status, json, _) = try await BRPTestSupport.raw(#"{"type":"ZoekMetGeslachtsnaamEnGeboortedatum","geslachtsnaam":"Moulin"}"#)
        #expect(status == 400)
        #expect(json["code"] as? String == "paramsCombination")
        #expect(json["title"] as? String == "Minimale combinatie van parameters moet worden opgegeven.")
        #expect(BRPTestSupport.invalidParams(json) == ["fields|required", "geboortedatum|required"])
    }

    @Test func everyParameterRule() async throws {
        let body = #"""
            {"type":"ZoekMetPostcodeEnHuisnummer","postcode":"0123AB","huisnummer":100000,"huisletter":"AB",
             "huisnummertoevoeging":"toolong","geboortedatum":"1985-02-30","geslachtsnaam":"M*",
             "inclusiefOverledenPersonen":"ja","straat":"Extra","fields":["naam"]}
            """#
        let (status, json, _) = try await BRPTestSupport.raw(body)
        #expect(status == 400)
        #expect(json["code"] as? String == "paramsValidation")
        #expect(Set(BRPTestSupport.invalidParams(json)) == [
            "straat|unknownParam", "postcode|pattern", "huisnummer|maximum", "huisletter|pattern", "huisnummertoevoeging|pattern",
            "geboortedatum|date", "geslachtsnaam|pattern", "inclusiefOverledenPersonen|boolean",
        ])
    }

    @Test func bsnListBounds() async throws {
        let empty = try await BRPTestSupport.raw(#"{"type":"RaadpleegMetBurgerservicenummer","burgerservicenummer":[],"fields":["naam"]}"#)
        #expect(BRPTestSupport.invalidParams(empty.json) == ["burgerservicenummer|minItems"])
        let many = (0..<21).map { _ in "\"999993653\"" }.joined(separator: ",")
        let tooMany = try await BRPTestSupport.raw(#"{"type":"RaadpleegMetBurgerservicenummer","burgerservicenummer":[\#(many)],"fields":["naam"]}"#)
        #expect(BRPTestSupport.invalidParams(tooMany.json) == ["burgerservicenummer|maxItems"])
        let notArray = try await BRPTestSupport.raw(#"{"type":"RaadpleegMetBurgerservicenummer","burgerservicenummer":"999993653","fields":["naam"]}"#)
        #expect(BRPTestSupport.invalidParams(notArray.json) == ["burgerservicenummer|array"])
    }

    @Test func mediaTypes() async throws {
        let body = #"{"type":"RaadpleegMetBurgerservicenummer","burgerservicenummer":["999993653"],"fields":["naam"]}"#
        let unsupported = try await BRPTestSupport.raw(body, contentType: "text/plain")
        #expect(unsupported.status == 415)
        #expect(unsupported.json["code"] as? String == "unsupported")
        let notAcceptable = try await BRPTestSupport.raw(body, accept: "application/xml")
        #expect(notAcceptable.status == 406)
        #expect(notAcceptable.json["code"] as? String == "notAcceptable")
        let charset = try await BRPTestSupport.raw(body, contentType: "application/json; charset=utf-8", accept: "*/*")
        #expect(charset.status == 200)
        let notJSON = try await BRPTestSupport.raw("not json")
        #expect(notJSON.status == 400)
    }

    @Test func methodAndPath() async throws {
        let get = try await BRPTestSupport.raw("", method: .get)
        #expect(get.status == 405)
        let other = try await BRPTestSupport.raw("{}", path: "bewoningen")
        #expect(other.status == 404)
    }

    @Test func unsupportedMediaTypeThroughTheClientIsRejected() async throws {
        // The client always sends JSON; a 415 from a misconfigured proxy still maps to a clear error.
        let error = OpenServicesError(
            status: .unsupportedMediaType, body: Array(#"{"title":"Unsupported Media Type","status":415,"code":"unsupported"}"#.utf8),
            context: OperationContext(service: "brp", operation: "personen.raadplegen"), requestID: nil, attempts: 1)
        #expect(BRPProblem(error) == .unsupported)
        #expect(error.code == .rejected)
    }
}
