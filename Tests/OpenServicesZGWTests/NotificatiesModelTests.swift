import Foundation
import OpenServicesCore
@testable import OpenServicesZGW
import Testing

/// Decoding and encoding of the Notificaties models with spec-shaped JSON.
@Suite struct NotificatiesModelTests {
    @Test(arguments: [
        ("2026-03-18T10:15:30Z", 1_773_828_930.0),
        ("2026-03-18T10:15:30.5Z", 1_773_828_930.5),
        ("2026-03-18T10:15:30.123456Z", 1_773_828_930.123456),
        ("2026-03-18T11:15:30+01:00", 1_773_828_930.0),
        ("2026-03-18T11:15:30.250+01:00", 1_773_828_930.25),
        ("2026-03-18T05:45:30-04:30", 1_773_828_930.0),
        ("2026-03-18T12:15:30+0200", 1_773_828_930.0),
        ("2026-03-18T10:15:30", 1_773_828_930.0),
        ("2026-03-18 10:15:30.000000+00:00", 1_773_828_930.0),
        ("2026-03-18T10:15Z", 1_773_828_900.0),
        ("2024-02-29T00:00:00Z", 1_709_164_800.0),
        ("1969-12-31T23:59:59Z", -1.0),
    ])
    func dateTimesInEveryISO8601Shape(text: String, seconds: Double) throws {
        let date = try #require(ZGWDateTime.parse(text), "\(text)")
        #expect(abs(date.timeIntervalSince1970 - seconds) < 0.000_001, "\(text)")
    }

    @Test(arguments: [
        "", "2026-03-18", "18-03-2026T10:15:30Z", "2026-13-01T00:00:00Z", "2026-02-29T00:00:00Z", "2026-03-18T24:00:00Z",
        "2026-03-18T10:15:30.Z", "2026-03-18T10:15:30+1", "2026-03-18T10:15:30Zjunk", "2026-03-18T10:61:00Z",
    ])
    func notDateTimes(text: String) {
        #expect(ZGWDateTime.parse(text) == nil, "\(text)")
    }

    @Test func formattingIsUTCWithTheFractionOnlyWhenThereIsOne() {
        #expect(ZGWDateTime.format(Date(timeIntervalSince1970: 1_773_828_930)) == "2026-03-18T10:15:30Z")
        #expect(ZGWDateTime.format(Date(timeIntervalSince1970: 1_773_828_930.5)) == "2026-03-18T10:15:30.5Z")
        #expect(ZGWDateTime.format(Date(timeIntervalSince1970: 1_773_828_930.123456)) == "2026-03-18T10:15:30.123456Z")
        #expect(ZGWDateTime.format(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00Z")
        #expect(ZGWDateTime.format(Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59Z")
    }

    @Test func aNotificationRoundTripsWithTheOfficialFieldNames() throws {
        let notificatie = try JSONDecoder().decode(ZGWNotification.self, from: Data(WebhookTestSupport.statusCreated.utf8))
        let encoded = try JSONEncoder().encode(notificatie)
        let object = try #require(try JSONSerialization.jsonObject(with: encoded) as? [String: Any])
        #expect(Set(object.keys) == ["kanaal", "hoofdObject", "resource", "resourceUrl", "actie", "aanmaakdatum", "kenmerken"])
        #expect(object["aanmaakdatum"] as? String == "2026-03-18T10:15:30.123456Z")
        #expect(object["hoofdObject"] as? String == notificatie.hoofdObject.absoluteString)
        #expect(try JSONDecoder().decode(ZGWNotification.self, from: encoded) == notificatie)
    }

    @Test func kenmerkenMayBeAbsent() throws {
        let notificatie = try JSONDecoder().decode(ZGWNotification.self, from: WebhookTestSupport.body("kenmerken", nil))
        #expect(notificatie.kenmerken.isEmpty)
    }

    @Test func aKanaalWithEmptyURLsDecodesThemAsNil() throws {
        let json = #"{"url":"","naam":"zaken","documentatieLink":"","filters":["bronorganisatie","zaaktype"]}"#
        let kanaal = try JSONDecoder().decode(Kanaal.self, from: Data(json.utf8))
        #expect(kanaal.url == nil)
        #expect(kanaal.documentatieLink == nil)
        #expect(kanaal.filters == ["bronorganisatie", "zaaktype"])
        let bare = try JSONDecoder().decode(Kanaal.self, from: Data(#"{"naam":"besluiten","documentatieLink":null}"#.utf8))
        #expect(bare.filters.isEmpty)
        let encoded = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(bare)) as? [String: Any])
        #expect(encoded.keys.sorted() == ["filters", "naam"])
    }

    @Test func anAbonnementReadBackHasNoAuthAndItsDescriptionNeverRevealsOne() throws {
        let json = #"""
            {"url":"http://127.0.0.1:8000/notificaties/api/v1/abonnement/9f3c7e1a-1b2c-4d5e-8f90-a1b2c3d4e5f6",
             "callbackUrl":"http://127.0.0.1:9000/zgw/notificaties",
             "kanalen":[{"naam":"zaken","filters":{"bronorganisatie":"002220647"}},{"naam":"documenten","filters":null}]}
            """#
        let abonnement = try JSONDecoder().decode(Abonnement.self, from: Data(json.utf8))
        #expect(abonnement.auth == nil)
        #expect(abonnement.url?.uuid == UUID(uuidString: "9f3c7e1a-1b2c-4d5e-8f90-a1b2c3d4e5f6"))
        #expect(abonnement.kanalen == [
            AbonnementFilterGroup(naam: "zaken", filters: ["bronorganisatie": "002220647"]), AbonnementFilterGroup(naam: "documenten"),
        ])

        var withSecret = abonnement
        withSecret.auth = Secret("Bearer abonnement-geheim-77")
        for text in [withSecret.description, String(describing: withSecret), String(reflecting: withSecret), "\(withSecret)",
                     AbonnementPatch(auth: withSecret.auth).description] {
            #expect(!text.contains("abonnement-geheim-77"), "\(text)")
        }
        let sent = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(withSecret)) as? [String: Any])
        #expect(sent["auth"] as? String == "Bearer abonnement-geheim-77")
    }

    @Test func aPatchSendsOnlyWhatIsSet() throws {
        let patch = AbonnementPatch(callbackUrl: URL(string: "https://zaaksysteem.example.nl/hook"))
        let object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(patch)) as? [String: Any])
        #expect(object.keys.sorted() == ["callbackUrl"])
    }
}
