import Foundation
import OpenServicesCore
import OpenServicesTesting
import OpenServicesZGW
import Testing

/// The Besluiten client's exact requests (scripted connector) and its decoding of spec-shaped answers.
@Suite struct BesluitenClientTests {
    typealias Support = DocumentenTestSupport
    static let bioURL = "\(Support.host)/besluiten/api/v1/besluitinformatieobjecten/0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d"
    static let bioJSON = #"{"url":"\#(bioURL)","informatieobject":"\#(Support.documentURL)","besluit":"\#(Support.besluitURL)"}"#

    static func besluitJSON(url: String = Support.besluitURL, zaak: String = "") -> String {
        #"""
        {"url":"\#(url)","identificatie":"BESLUIT-2026-0000000001","verantwoordelijkeOrganisatie":"002220647",
         "besluittype":"\#(Support.besluittypeURL)","zaak":"\#(zaak)","datum":"2026-03-02","toelichting":"",
         "bestuursorgaan":"","ingangsdatum":"2026-03-03","vervaldatum":null,"vervalreden":"","vervalredenWeergave":"",
         "publicatiedatum":null,"verzenddatum":null,"uiterlijkeReactiedatum":null}
        """#
    }

    static func request() throws -> BesluitRequest {
        var request = BesluitRequest(
            verantwoordelijkeOrganisatie: "002220647", besluittype: try ZGWResourceURL(Support.besluittypeURL),
            datum: "2026-03-02", ingangsdatum: "2026-03-03")
        request.zaak = try ZGWResourceURL(Support.zaakURL)
        return request
    }

    @Test func listSendsEveryFilterAndDecodesBlanksAsAbsent() async throws {
        let connector = ScriptedConnector([.json(Support.page([Self.besluitJSON()]))])
        let page = try await Support.besluiten(connector).besluiten(
            identificatie: "BESLUIT-1", verantwoordelijkeOrganisatie: "002220647", besluittype: try ZGWResourceURL(Support.besluittypeURL),
            zaak: try ZGWResourceURL(Support.zaakURL), page: 3)
        let besluit = try #require(page.results.first)
        #expect(besluit.zaak == nil)
        #expect(besluit.vervalreden == nil)
        #expect(besluit.vervaldatum == nil)
        #expect(besluit.besluittype.description == Support.besluittypeURL)
        #expect(besluit.url.uuid == UUID(uuidString: "9c0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f"))
        let request = try #require(connector.requests.first)
        #expect(request.head.method == .get)
        #expect(request.head.path == "/besluiten/api/v1/besluiten?identificatie=BESLUIT-1&verantwoordelijkeOrganisatie=002220647"
            + "&besluittype=\(OperationURL.encode(Support.besluittypeURL))&zaak=\(OperationURL.encode(Support.zaakURL))&page=3")
    }

    @Test func allBesluitenFollowsNext() async throws {
        let next = "\(Support.host)/besluiten/api/v1/besluiten?page=2"
        let other = Support.besluitURL.replacingOccurrences(of: "9c0d1e2f-", with: "8c0d1e2f-")
        let connector = ScriptedConnector([
            .json(Support.page([Self.besluitJSON()], count: 2, next: next)),
            .json(Support.page([Self.besluitJSON(url: other, zaak: Support.zaakURL)], count: 2)),
        ])
        let besluiten = try await Support.besluiten(connector).allBesluiten().items.collect()
        #expect(besluiten.map(\.url.description) == [Support.besluitURL, other])
        #expect(besluiten.last?.zaak?.description == Support.zaakURL)
        #expect(connector.requests.map(\.head.path) == ["/besluiten/api/v1/besluiten", "/besluiten/api/v1/besluiten?page=2"])
    }

    @Test func besluitGetCreateUpdatePatchDelete() async throws {
        let connector = ScriptedConnector(handler: { request, _ in
            switch request.head.method {
            case .post: .json(Self.besluitJSON(zaak: Support.zaakURL), status: .created)
            case .delete: .status(.noContent)
            default: .json(Self.besluitJSON(zaak: Support.zaakURL))
            }
        })
        let client = try Support.besluiten(connector)
        let uuid = try #require(UUID(uuidString: "9c0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f"))
        let url = client.besluitURL(uuid)
        #expect(url.description == Support.besluitURL)
        _ = try await client.besluit(uuid)
        let created = try await client.createBesluit(try Self.request(), options: ZGWCallOptions(auditExplanation: "Vergunning verleend"))
        var change = BesluitRequest(created)
        change.toelichting = "Aangepast"
        _ = try await client.updateBesluit(url, change)
        var patch = BesluitPatch()
        patch.vervalreden = .ingetrokkenOverheid
        patch.vervaldatum = "2026-12-31"
        _ = try await client.patchBesluit(url, patch)
        try await client.deleteBesluit(url, options: ZGWCallOptions(auditExplanation: "Onterecht"))
        let requests = connector.requests
        #expect(requests.map(\.head.method) == [.get, .post, .put, .patch, .delete])
        let item = "/besluiten/api/v1/besluiten/9c0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f"
        #expect(requests.map(\.head.path) == [item, "/besluiten/api/v1/besluiten", item, item, item])
        #expect(Support.header(requests[1], "X-Audit-Toelichting") == "Vergunning verleend")
        #expect(Support.header(requests[1], "Content-Type") == "application/json")
        #expect(Support.json(requests[1].body) as NSDictionary == [
            "verantwoordelijkeOrganisatie": "002220647", "besluittype": Support.besluittypeURL, "zaak": Support.zaakURL,
            "datum": "2026-03-02", "ingangsdatum": "2026-03-03",
        ] as NSDictionary)
        #expect(Support.json(requests[2].body)["toelichting"] as? String == "Aangepast")
        #expect(Support.json(requests[2].body)["identificatie"] as? String == "BESLUIT-2026-0000000001")
        #expect(Support.json(requests[3].body) as NSDictionary == ["vervalreden": "ingetrokken_overheid", "vervaldatum": "2026-12-31"] as NSDictionary)
        #expect(Support.header(requests[4], "X-Audit-Toelichting") == "Onterecht")
    }

    @Test func besluitInformatieObjectenEveryOperation() async throws {
        let connector = ScriptedConnector(handler: { request, _ in
            switch request.head.method {
            case .get where request.head.path?.contains("?") == true: .json("[\(Self.bioJSON)]")
            case .post: .json(Self.bioJSON, status: .created)
            case .delete: .status(.noContent)
            default: .json(Self.bioJSON)
            }
        })
        let client = try Support.besluiten(connector)
        let besluit = try ZGWResourceURL<Besluit>(Support.besluitURL)
        let document = try ZGWResourceURL<EnkelvoudigInformatieObject>(Support.documentURL)
        let url = try ZGWResourceURL<BesluitInformatieObject>(Self.bioURL)
        let list = try await client.besluitInformatieObjecten(besluit: besluit, informatieobject: document)
        #expect(list.first?.informatieobject == document)
        #expect(try await client.besluitInformatieObject(url).besluit == besluit)
        _ = try await client.createBesluitInformatieObject(
            BesluitInformatieObjectRequest(informatieobject: document, besluit: besluit), options: ZGWCallOptions(idempotencyKey: "bijlage-1"))
        try await client.deleteBesluitInformatieObject(url)
        let requests = connector.requests
        #expect(requests.map(\.head.method) == [.get, .get, .post, .delete])
        #expect(requests[0].head.path == "/besluiten/api/v1/besluitinformatieobjecten?besluit=\(OperationURL.encode(Support.besluitURL))"
            + "&informatieobject=\(OperationURL.encode(Support.documentURL))")
        #expect(requests[1].head.path == "/besluiten/api/v1/besluitinformatieobjecten/0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d")
        #expect(Support.json(requests[2].body) as NSDictionary == ["informatieobject": Support.documentURL, "besluit": Support.besluitURL] as NSDictionary)
        #expect(Support.header(requests[2], "Idempotency-Key") == "bijlage-1")
        #expect(requests[3].head.path == requests[1].head.path)
    }

    @Test func aBesluitURLOfAnotherAPIIsRefused() async throws {
        let connector = ScriptedConnector([.json(Self.besluitJSON())])
        let error = try await #require(throws: OpenServicesError.self) {
            _ = try await Support.besluiten(connector).besluit(try ZGWResourceURL<Besluit>(Support.zaakURL))
        }
        #expect(error.code == .invalidInput)
        #expect(connector.requests.isEmpty)
    }

    @Test func validatieFoutOnCreate() async throws {
        let fout = #"{"type":"","code":"invalid","title":"Invalid input.","status":400,"detail":"","instance":"urn:uuid:0","invalidParams":[{"name":"besluittype","code":"bad-url","reason":"De URL is ongeldig."}]}"#
        let connector = ScriptedConnector([.problem(.badRequest, fout)])
        let error = try await #require(throws: OpenServicesError.self) {
            _ = try await Support.besluiten(connector).createBesluit(try Self.request())
        }
        #expect(error.serviceError?.invalidParameters.map(\.name) == ["besluittype"])
        #expect(connector.requests.count == 1)
    }
}
