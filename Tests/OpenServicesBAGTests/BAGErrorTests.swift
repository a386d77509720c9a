import Foundation
import HTTPTypes
import OpenServicesBAG
import OpenServicesCore
import OpenServicesSandbox
import OpenServicesTesting
import Testing

/// BAG's error shapes, from the client and straight from the sandbox.
@Suite struct BAGErrorTests {
    @Test func missingAPIKeyIsRefusedWith401ProblemJSON() async throws {
        let bag = try BAGTestSupport.client(key: false)
        let error = try await #require(throws: OpenServicesError.self) {
            _ = try await bag.place("3086")
        }
        #expect(error.code == .unauthenticated)
        #expect(error.status?.code == 401)
        #expect(error.serviceError?.shape == .problemJSON)
        #expect(error.serviceError?.code == "authentication")

        let raw = try await BAGTestSupport.raw("/woonplaatsen/3086", key: nil)
        #expect(raw.status == 401)
        #expect(raw.headers[.contentType] == "application/problem+json")
        for member in ["type", "title", "status", "detail", "instance"] { #expect(raw.json[member] != nil, "\(member)") }
        #expect(try await BAGTestSupport.raw("/woonplaatsen/3086", key: " ").status == 401)
    }

    @Test func unknownObjectIsNotFound() async throws {
        let bag = try BAGTestSupport.client()
        let error = try await #require(throws: OpenServicesError.self) {
            _ = try await bag.building("0599100000999999")
        }
        #expect(error.code == .notFound)
        #expect(error.serviceError?.code == "notFound")
        #expect(try await BAGTestSupport.raw("/bestaatniet").status == 404)
    }

    @Test func invalidParametersAreNamed() async throws {
        let badPostcode = try await BAGTestSupport.raw("/adressen?postcode=0123AB&huisnummer=abc&pageSize=5&foo=1")
        #expect(badPostcode.status == 400)
        #expect(badPostcode.json["code"] as? String == "paramsValidation")
        #expect(Set(BAGTestSupport.invalidParams(badPostcode.json)) == ["foo|unknownParam", "postcode|pattern", "huisnummer|integer", "pageSize|minimum"])
        let tooBig = try await BAGTestSupport.raw("/adressen?q=Rotterdam&pageSize=101")
        #expect(BAGTestSupport.invalidParams(tooBig.json) == ["pageSize|maximum"])
        let none = try await BAGTestSupport.raw("/adressen")
        #expect(none.json["code"] as? String == "paramsRequired")
        let combination = try await BAGTestSupport.raw("/adressen?postcode=3011WK")
        #expect(combination.json["code"] as? String == "paramsCombination")
        let badID = try await BAGTestSupport.raw("/panden/0599200000001012")
        #expect(badID.status == 400)
        #expect(BAGTestSupport.invalidParams(badID.json) == ["identificatie|pattern"])
        let badExpand = try await BAGTestSupport.raw("/adressen/\(BAGTestSupport.wijnhavenkade.nummeraanduidingIdentificatie)?expand=bestaatniet")
        #expect(BAGTestSupport.invalidParams(badExpand.json) == ["expand|expandNotAllowed"])
    }

    @Test func serviceRejectionsSurfaceInvalidParams() async throws {
        let sandbox = BAGTestSupport.sandbox()
        let pipeline = try BAGTestSupport.pipeline(sandbox)
        let url = URL(string: sandbox.baseURL(for: "bag")!.absoluteString + "/adressen?postcode=3011WK&huisnummer=0")!
        let error = try await #require(throws: OpenServicesError.self) {
            _ = try await pipeline.execute(ServiceRequest(method: .get, url: url), context: OperationContext(service: "bag", operation: "adressen.zoeken"))
        }
        #expect(error.code == .rejected)
        #expect(error.serviceError?.invalidParameters.map(\.name) == ["huisnummer"])
        #expect(error.serviceError?.invalidParameters.first?.code == "minimum")
    }

    @Test func unsupportedCRSIsNotAcceptable() async throws {
        let raw = try await BAGTestSupport.raw(
            "/panden/\(BAGTestSupport.wijnhavenkade.pandIdentificatie)", headers: [HTTPField.Name("Accept-Crs")!: "epsg:4326"])
        #expect(raw.status == 406)
        let ok = try await BAGTestSupport.raw(
            "/panden/\(BAGTestSupport.wijnhavenkade.pandIdentificatie)", headers: [HTTPField.Name("Accept-Crs")!: "epsg:28992"])
        #expect(ok.status == 200)
        #expect(ok.headers[HTTPField.Name("Content-Crs")!] == "epsg:28992")
    }

    @Test func invalidInputFailsBeforeAnyRequest() async throws {
        let connector = ScriptedConnector([.json("{}")])
        let bag = BAGClient(pipeline: try BAGTestSupport.pipeline(connector), baseURL: URL(string: "https://api.bag.kadaster.nl/lvbag/individuelebevragingen/v2")!)
        let cases: [() async throws -> Void] = [
            { _ = try bag.addresses(postcode: "0123AB", houseNumber: 1) },
            { _ = try bag.addresses(postcode: "1234SS", houseNumber: 1) },
            { _ = try bag.addresses(postcode: "3011WK", houseNumber: 0) },
            { _ = try bag.addresses(postcode: "3011WK", houseNumber: 12, houseLetter: "AB") },
            { _ = try bag.addresses(postcode: "3011WK", houseNumber: 12, addition: "toolong") },
            { _ = try bag.addresses(postcode: "3011WK", houseNumber: 12, pageSize: 5) },
            { _ = try bag.addresses(BAGAddressQuery()) },
            { _ = try await bag.address(nummeraanduiding: "0599010000001012") },
            { _ = try await bag.addressableObject("0599100000001012") },
            { _ = try await bag.residentialObject("12345") },
            { _ = try await bag.building("0599200000001012") },
            { _ = try await bag.numberDesignation("059920000000101X") },
            { _ = try await bag.publicSpace("0599200000001012") },
            { _ = try await bag.place("0000") },
        ]
        for (index, run) in cases.enumerated() {
            let error = await #expect(throws: OpenServicesError.self, "case \(index)") { try await run() }
            #expect(error?.code == .invalidInput, "case \(index)")
        }
        #expect(connector.requests.isEmpty)
    }

    @Test func rateLimitedIsLeftToTheRetryLayer() async throws {
        let connector = ScriptedConnector([
            .status(.tooManyRequests, headers: [HTTPField.Name("Retry-After")!: "1"]),
            .json(#"{"woonplaats":{"identificatie":"3086","domein":"NL.IMBAG.Woonplaats","naam":"Rotterdam","status":"Woonplaats aangewezen","geconstateerd":"N","documentdatum":"2009-01-01","documentnummer":"X","voorkomen":{"tijdstipRegistratie":"2009-01-02T09:00:00.000+01:00","versie":1,"beginGeldigheid":"2009-01-01","tijdstipRegistratieLV":"2009-01-02T09:05:00.000+01:00"}}}"#,
                  headers: [HTTPField.Name("X-RateLimit-Remaining")!: "0", HTTPField.Name("X-RateLimit-Limit")!: "10"]),
        ])
        let pipeline = Pipeline(connector: connector, retry: RetryPolicy(maximumAttempts: 2), clock: TestClock())
        let bag = BAGClient(pipeline: pipeline, baseURL: URL(string: "https://api.bag.kadaster.nl/lvbag/individuelebevragingen/v2")!)
        let result = try await bag.place("3086")
        #expect(result.value.woonplaats.naam == "Rotterdam")
        #expect(result.rateLimit == BAGRateLimit(limit: 10, remaining: 0))
        #expect(connector.requests.count == 2)
        #expect(connector.requests[0].head.headerFields[HTTPField.Name("Accept-Crs")!] == "epsg:28992")
    }
}
