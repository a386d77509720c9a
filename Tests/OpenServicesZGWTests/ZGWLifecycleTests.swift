import Foundation
import OpenServicesCore
import OpenServicesHTTP
import OpenServicesSandbox
import OpenServicesZGW
import Testing

/// A whole case life cycle over real HTTP: the sandbox served by Hummingbird, the ZGW clients on the
/// AsyncHTTPClient connector, and a webhook (the receiver in a second Hummingbird server) subscribed
/// to the zaken, documenten and besluiten kanalen. Each step's notification must arrive at the webhook.
@Suite(.serialized) struct ZGWLifecycleTests {
    struct Clients {
        let zaken: ZakenClient
        let catalogi: CatalogiClient
        let documenten: DocumentenClient
        let besluiten: BesluitenClient
        let notificaties: NotificatiesClient
        let roots: [String: URL]
    }

    static func withClients(_ body: (Clients) async throws -> Void) async throws {
        try await ZGWSandboxHTTP.run { sandbox in
            let pipeline = sandbox.pipeline
            try await body(Clients(
                zaken: ZakenClient(pipeline: pipeline, baseURL: sandbox.root(.zaken)),
                catalogi: CatalogiClient(pipeline: pipeline, baseURL: sandbox.root(.catalogi)),
                documenten: DocumentenClient(pipeline: pipeline, baseURL: sandbox.root(.documenten)),
                besluiten: BesluitenClient(pipeline: pipeline, baseURL: sandbox.root(.besluiten)),
                notificaties: NotificatiesClient(pipeline: pipeline, baseURL: sandbox.root(.notificaties)),
                roots: sandbox.roots))
        }
    }

    @Test func aCaseFromRegistrationToDecisionNotifiesTheWebhookAtEveryStep() async throws {
        let token = "Bearer webhook-\(UUID().uuidString)"
        let receiver = try ZGWNotificationReceiver(authorization: Secret(token))
        let webhook = try await WebhookTestServer.start(receiver)
        defer { webhook.stop() }

        try await Self.withClients { clients in
            _ = try await clients.notificaties.createAbonnement(Abonnement(
                callbackUrl: webhook.callbackURL, auth: Secret(token),
                kanalen: [AbonnementFilterGroup(naam: "zaken"), AbonnementFilterGroup(naam: "documenten"), AbonnementFilterGroup(naam: "besluiten")]))
            let catalogi = clients.roots["catalogi"]!

            // The zaaktype, its first status type and its besluittype come from the catalogus.
            let zaaktype = try await clients.catalogi.zaaktype(at: ZGWResourceURL(ZGWSandbox.zaaktypeMelding.url(apiRoot: catalogi)))
            let statustypen = try await clients.catalogi.allStatustypen(zaaktype: zaaktype.url).items.collect()
            let ontvangen = try #require(statustypen.min { $0.volgnummer < $1.volgnummer })

            // 1. Register the zaak.
            let zaak = try await clients.zaken.createZaak(
                ZaakInput(
                    zaaktype: zaaktype.url, bronorganisatie: try RSIN(ZGWSandbox.rsin),
                    verantwoordelijkeOrganisatie: try RSIN(ZGWSandbox.rsin), startdatum: "2026-11-29",
                    omschrijving: "Losliggende stoeptegel Wijnhaven"),
                options: ZGWCallOptions(auditExplanation: "Melding via het webformulier"))
            #expect(zaak.identificatie?.hasPrefix("ZAAK-") == true)

            // 2. Give it its first status.
            let status = try await clients.zaken.createStatus(StatusInput(zaak: zaak.url, statustype: ontvangen.url))
            #expect(try await clients.zaken.zaak(at: zaak.url).status == status.url)

            // 3. Upload a photo and attach it to the zaak.
            var foto = EnkelvoudigInformatieObjectRequest(
                bronorganisatie: ZGWSandbox.rsin, creatiedatum: "2026-11-29", titel: "Foto van de stoeptegel",
                auteur: "Melder", informatieobjecttype: ZGWResourceURL(ZGWSandbox.informatieobjecttypeFoto.url(apiRoot: catalogi)))
            foto.bestandsnaam = "stoeptegel.jpg"
            foto.formaat = "image/jpeg"
            let bytes = Data((0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
            let document = try await clients.documenten.createDocument(foto, content: .data(bytes))
            let link = try await clients.zaken.createZaakInformatieObject(
                ZaakInformatieObjectInput(zaak: zaak.url, informatieobject: document.url.url))
            #expect(link.informatieobject == document.url.url)
            #expect(try await clients.documenten.downloadData(document) == bytes)

            // 4. Take the decision on the zaak.
            var besluit = BesluitRequest(
                verantwoordelijkeOrganisatie: ZGWSandbox.rsin,
                besluittype: ZGWResourceURL(ZGWSandbox.besluittypeMelding.url(apiRoot: catalogi)),
                datum: "2026-11-30", ingangsdatum: "2026-12-01")
            besluit.zaak = zaak.url
            let genomen = try await clients.besluiten.createBesluit(besluit)
            #expect(genomen.zaak == zaak.url)

            // Every step reached the webhook, in order.
            var received: [ZGWNotification] = []
            for await notification in receiver.notifications {
                received.append(notification)
                if notification.kanaal == "besluiten", notification.resource == "besluit" { break }
            }
            let steps = received.map { "\($0.kanaal)/\($0.resource)/\($0.actie)" }
            #expect(steps.starts(with: ["zaken/zaak/create", "zaken/status/create", "documenten/enkelvoudiginformatieobject/create"]))
            #expect(steps.contains("zaken/zaakinformatieobject/create"))
            #expect(steps.last == "besluiten/besluit/create")
            let zaakNotifications = received.filter { $0.kanaal == "zaken" }
            #expect(zaakNotifications.allSatisfy { $0.hoofdObject == zaak.url.url })
            #expect(received.first?.resourceUrl == zaak.url.url)
            #expect(received.first?.kenmerken["bronorganisatie"] == ZGWSandbox.rsin)
            #expect(received.last?.resourceUrl == genomen.url.url)

            // The audit trail kept the explanation given with the create.
            let trail = try await clients.zaken.auditTrail(of: zaak.url)
            #expect(trail.contains { $0.toelichting == "Melding via het webformulier" })
        }
    }
}
