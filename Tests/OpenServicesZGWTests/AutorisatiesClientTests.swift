import Foundation
import OpenServicesCore
import OpenServicesTesting
import OpenServicesZGW
import Testing

/// The Autorisaties client's exact requests (scripted connector) and its decoding of spec-shaped answers.
@Suite struct AutorisatiesClientTests {
    typealias Support = DocumentenTestSupport
    static let applicatieURL = "\(Support.host)/autorisaties/api/v1/applicaties/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
    static let zaaktypeURL = "\(Support.host)/catalogi/api/v1/zaaktypen/0e6a1f3c-52b4-4a1e-b5c8-7e3c6f1d2a10"
    static let applicatieJSON = #"""
        {"url":"\#(applicatieURL)","clientIds":["zaaksysteem","zaaksysteem-test"],"label":"Zaaksysteem",
         "heeftAlleAutorisaties":false,
         "autorisaties":[
           {"component":"zrc","componentWeergave":"Zaken API","scopes":["zaken.lezen","zaken.aanmaken"],
            "zaaktype":"\#(zaaktypeURL)","maxVertrouwelijkheidaanduiding":"zaakvertrouwelijk"},
           {"component":"drc","componentWeergave":"Documenten API","scopes":["documenten.lezen"],
            "informatieobjecttype":"\#(Support.informatieobjecttypeURL)","maxVertrouwelijkheidaanduiding":"openbaar"},
           {"component":"brc","componentWeergave":"Besluiten API","scopes":["besluiten.lezen"],"besluittype":""},
           {"component":"nrc","componentWeergave":"Notificaties API","scopes":["notificaties.consumeren"]}]}
        """#

    @Test func listFiltersByClientIdsAndDecodesAutorisaties() async throws {
        let connector = ScriptedConnector([.json(Support.page([Self.applicatieJSON]))])
        let page = try await Support.autorisaties(connector).applicaties(clientIds: ["zaaksysteem", "zaaksysteem-test"], page: 2)
        #expect(connector.requests.first?.head.path == "/autorisaties/api/v1/applicaties?clientIds=zaaksysteem,zaaksysteem-test&page=2")
        let applicatie = try #require(page.results.first)
        #expect(applicatie.label == "Zaaksysteem")
        #expect(applicatie.clientIds == ["zaaksysteem", "zaaksysteem-test"])
        #expect(applicatie.heeftAlleAutorisaties == false)
        #expect(applicatie.autorisaties.map(\.component) == [.zrc, .drc, .brc, .nrc])
        #expect(applicatie.autorisaties[0].zaaktype?.description == Self.zaaktypeURL)
        #expect(applicatie.autorisaties[0].maxVertrouwelijkheidaanduiding == .zaakvertrouwelijk)
        #expect(applicatie.autorisaties[1].informatieobjecttype?.description == Support.informatieobjecttypeURL)
        #expect(applicatie.autorisaties[2].besluittype == nil)
        #expect(applicatie.autorisaties[3].scopes == ["notificaties.consumeren"])
    }

    @Test func allApplicatiesFollowsNext() async throws {
        let next = "\(Support.host)/autorisaties/api/v1/applicaties?page=2"
        let connector = ScriptedConnector([
            .json(Support.page([Self.applicatieJSON], count: 2, next: next)), .json(Support.page([Self.applicatieJSON], count: 2)),
        ])
        #expect(try await Support.autorisaties(connector).allApplicaties().items.collect().count == 2)
        #expect(connector.requests.map(\.head.path) == ["/autorisaties/api/v1/applicaties", "/autorisaties/api/v1/applicaties?page=2"])
    }

    @Test func getByUUIDAndURL() async throws {
        let connector = ScriptedConnector([.json(Self.applicatieJSON)])
        let client = try Support.autorisaties(connector)
        let applicatie = try await client.applicatie(try #require(UUID(uuidString: "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d")))
        _ = try await client.applicatie(applicatie.url)
        #expect(connector.requests.map(\.head.path) == [
            "/autorisaties/api/v1/applicaties/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
            "/autorisaties/api/v1/applicaties/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
        ])
    }

    @Test(arguments: [true, false])
    func lookUpByClientIDReadsAListOrOneObject(asList: Bool) async throws {
        let connector = ScriptedConnector([.json(asList ? "[\(Self.applicatieJSON)]" : Self.applicatieJSON)])
        let applicatie = try await Support.autorisaties(connector).applicatie(clientID: "zaak systeem")
        #expect(applicatie.label == "Zaaksysteem")
        #expect(connector.requests.first?.head.method == .get)
        #expect(connector.requests.first?.head.path == "/autorisaties/api/v1/applicaties/consumer?clientId=zaak%20systeem")
    }

    @Test func anUnknownClientIDIsNotFound() async throws {
        let empty = try await #require(throws: OpenServicesError.self) {
            _ = try await Support.autorisaties(ScriptedConnector([.json("[]")])).applicatie(clientID: "onbekend")
        }
        #expect(empty.code == .notFound)
        let problem = #"{"type":"","code":"not_found","title":"Niet gevonden.","status":404,"detail":"Niet gevonden.","instance":"urn:uuid:0"}"#
        let missing = try await #require(throws: OpenServicesError.self) {
            _ = try await Support.autorisaties(ScriptedConnector([.problem(.notFound, problem)])).applicatie(clientID: "onbekend")
        }
        #expect(missing.code == .notFound)
    }

    @Test func anApplicatieWithoutAutorisatiesDecodes() throws {
        let json = #"{"url":"\#(Self.applicatieURL)","clientIds":["beheer"],"label":"Beheer","heeftAlleAutorisaties":true}"#
        let applicatie = try JSONDecoder().decode(Applicatie.self, from: Data(json.utf8))
        #expect(applicatie.autorisaties.isEmpty)
        #expect(applicatie.heeftAlleAutorisaties == true)
    }
}
