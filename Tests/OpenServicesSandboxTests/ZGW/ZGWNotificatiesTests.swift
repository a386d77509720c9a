import Foundation
import OpenServicesSandbox
import Testing

@Suite("ZGW sandbox: Notificaties and Autorisaties")
struct ZGWNotificatiesTests {
    @Test("kanalen: list, filter by naam, read, create (naam unique)")
    func kanalen() async throws {
        let zgw = ZGWTestSandbox()
        let all = try await zgw.call(.get, "notificaties", "/kanaal")
        #expect(Set(all.array.compactMap { $0["naam"] as? String }) == ["zaken", "documenten", "besluiten", "autorisaties"])
        let zaken = try #require(try await zgw.call(.get, "notificaties", "/kanaal?naam=zaken").array.first)
        #expect((zaken["filters"] as? [String])?.contains("zaaktype") == true)
        #expect(try await zgw.call(.get, "notificaties", zaken["url"] as! String).string("naam") == "zaken")
        #expect(try await zgw.call(.post, "notificaties", "/kanaal", json: ["naam": "zaken"]).invalid == ["naam unique"])
        let created = try await zgw.call(.post, "notificaties", "/kanaal", json: ["naam": "meldingen", "filters": ["wijk"]])
        #expect(created.status == .created)
        #expect(created.string("documentatieLink") == "")
    }

    @Test("abonnementen CRUD; unknown kanaal and unknown filter are refused")
    func abonnementen() async throws {
        let zgw = ZGWTestSandbox()
        let body: [String: Any] = [
            "callbackUrl": "https://ontvanger.example/callback", "auth": "Bearer geheim",
            "kanalen": [["naam": "zaken", "filters": ["bronorganisatie": ZGWSandbox.rsin]]],
        ]
        let created = try await zgw.call(.post, "notificaties", "/abonnement", json: body)
        #expect(created.status == .created)
        let url = try #require(created.string("url"))
        #expect(try await zgw.call(.get, "notificaties", "/abonnement").array.count == 1)
        #expect(try await zgw.call(.patch, "notificaties", url, json: ["auth": "Bearer anders"]).string("auth") == "Bearer anders")
        #expect(try await zgw.call(.post, "notificaties", "/abonnement", json: [
            "callbackUrl": "geen url", "auth": "x", "kanalen": [["naam": "onbekend"]],
        ]).invalid == ["callbackUrl invalid"])
        #expect(try await zgw.call(.post, "notificaties", "/abonnement", json: [
            "callbackUrl": "https://ontvanger.example/callback", "auth": "x", "kanalen": [["naam": "onbekend"]],
        ]).invalid == ["kanalen.0.naam does_not_exist"])
        #expect(try await zgw.call(.post, "notificaties", "/abonnement", json: [
            "callbackUrl": "https://ontvanger.example/callback", "auth": "x", "kanalen": [["naam": "zaken", "filters": ["kleur": "rood"]]],
        ]).invalid == ["kanalen.0.filters kanaal-filter-mismatch"])
        #expect(try await zgw.call(.post, "notificaties", "/abonnement", json: [:]).invalid.sorted()
            == ["auth required", "callbackUrl required", "kanalen required"])
        #expect(try await zgw.call(.delete, "notificaties", url).status == .noContent)
        #expect(try await zgw.call(.get, "notificaties", url).status == .notFound)
    }

    @Test("creating a zaak and a status notifies the subscribed callback with its auth value; filters that do not match get nothing")
    func deliveryOnChange() async throws {
        let zgw = ZGWTestSandbox()
        _ = try await zgw.call(.post, "notificaties", "/abonnement", json: [
            "callbackUrl": "https://ontvanger.example/zaken", "auth": "Bearer webhook-geheim",
            "kanalen": [["naam": "zaken", "filters": ["zaaktype": zgw.url(ZGWSandbox.zaaktypeMelding)]]],
        ])
        _ = try await zgw.call(.post, "notificaties", "/abonnement", json: [
            "callbackUrl": "https://ander.example/parkeren", "auth": "Token ander",
            "kanalen": [["naam": "zaken", "filters": ["zaaktype": zgw.url(ZGWSandbox.zaaktypeParkeervergunning)]]],
        ])
        let zaak = try await zgw.createZaak()
        let url = try #require(zaak.string("url"))
        let status = try await zgw.call(.post, "zaken", "/statussen", json: [
            "zaak": url, "statustype": zgw.url(ZGWSandbox.statustypeMeldingOntvangen), "datumStatusGezet": "2026-11-29T09:00:00Z",
        ])
        let deliveries = zgw.recorder.deliveries
        #expect(deliveries.count == 2)
        #expect(deliveries.allSatisfy { $0.url == "https://ontvanger.example/zaken" && $0.auth == "Bearer webhook-geheim" })
        let first = try #require(deliveries.first?.body)
        #expect(first["kanaal"] as? String == "zaken")
        #expect(first["resource"] as? String == "zaak")
        #expect(first["actie"] as? String == "create")
        #expect(first["hoofdObject"] as? String == url)
        #expect(first["resourceUrl"] as? String == url)
        #expect(first["aanmaakdatum"] is String)
        let kenmerken = try #require(first["kenmerken"] as? [String: String])
        #expect(kenmerken == [
            "bronorganisatie": ZGWSandbox.rsin, "zaaktype": zgw.url(ZGWSandbox.zaaktypeMelding),
            "vertrouwelijkheidaanduiding": "zaakvertrouwelijk",
        ])
        let second = try #require(deliveries.last?.body)
        #expect(second["resource"] as? String == "status")
        #expect(second["hoofdObject"] as? String == url)
        #expect(second["resourceUrl"] as? String == status.string("url"))
    }

    @Test("POST /notificaties publishes to the kanaal's abonnementen; an unknown kanaal is refused")
    func publish() async throws {
        let zgw = ZGWTestSandbox()
        _ = try await zgw.call(.post, "notificaties", "/abonnement", json: [
            "callbackUrl": "https://ontvanger.example/alles", "auth": "Bearer x", "kanalen": [["naam": "documenten"]],
        ])
        let message: [String: Any] = [
            "kanaal": "documenten", "hoofdObject": zgw.url(ZGWSandbox.documentFoto), "resource": "enkelvoudiginformatieobject",
            "resourceUrl": zgw.url(ZGWSandbox.documentFoto), "actie": "update", "aanmaakdatum": "2026-11-29T10:00:00Z",
            "kenmerken": ["bronorganisatie": ZGWSandbox.rsin],
        ]
        let answer = try await zgw.call(.post, "notificaties", "/notificaties", json: message)
        #expect(answer.status == .ok)
        #expect(answer.string("kanaal") == "documenten")
        #expect(zgw.recorder.deliveries.map(\.body).first?["actie"] as? String == "update")
        var unknown = message
        unknown["kanaal"] = "onbekend"
        #expect(try await zgw.call(.post, "notificaties", "/notificaties", json: unknown).invalid == ["kanaal does_not_exist"])
        #expect(try await zgw.call(.post, "notificaties", "/notificaties", json: ["kanaal": "documenten"]).invalid.count == 5)
        #expect(zgw.recorder.deliveries.count == 1)
    }

    @Test("Autorisaties: applicaties paged, filtered by clientIds; consumer by client id; unknown client 404")
    func autorisaties() async throws {
        let zgw = ZGWTestSandbox()
        let list = try await zgw.call(.get, "autorisaties", "/applicaties?clientIds=\(ZGWSandbox.clientID)")
        #expect(list["count"] as? Int == 1)
        #expect(list.results.first?["heeftAlleAutorisaties"] as? Bool == true)
        #expect(try await zgw.call(.get, "autorisaties", "/applicaties?clientIds=iemand-anders")["count"] as? Int == 0)
        let consumer = try await zgw.call(.get, "autorisaties", "/applicaties/consumer?clientId=\(ZGWSandbox.clientID)")
        #expect(consumer.string("url") == zgw.url(ZGWSandbox.applicatie))
        #expect(consumer["clientIds"] as? [String] == [ZGWSandbox.clientID])
        #expect(try await zgw.call(.get, "autorisaties", "/applicaties/consumer?clientId=onbekend").status == .notFound)
        #expect(try await zgw.call(.get, "autorisaties", zgw.url(ZGWSandbox.applicatie)).string("label") == "OpenServices sandbox")
    }
}
