import Foundation
import HTTPTypes
import OpenServicesCore
import OpenServicesHTTP
import OpenServicesSandbox
import OpenServicesZGW
import Testing

/// The Notificaties client against the sandbox served over real HTTP, with a ZGW JWT, and webhooks
/// (receivers in a second Hummingbird server) that the sandbox delivers to.
@Suite(.serialized) struct NotificatiesSandboxTests {
    typealias Environment = ZGWSandboxHTTP

    /// Runs `body` against a fresh sandbox over HTTP (see ``ZGWSandboxHTTP``).
    static func withSandbox(_ body: (Environment) async throws -> Void) async throws {
        try await ZGWSandboxHTTP.run(body)
    }

    /// Sends a raw JSON request through the pipeline (for the Zaken and Catalogi calls this suite needs).
    static func raw(
        _ env: Environment, _ method: HTTPRequest.Method, _ url: URL, json: [String: Any]? = nil
    ) async throws -> [String: Any] {
        var fields: HTTPFields = [.accept: "application/json", HTTPField.Name("Accept-Crs")!: "EPSG:4326"]
        var body: ServiceBody?
        if let json {
            fields[.contentType] = "application/json"
            fields[HTTPField.Name("Content-Crs")!] = "EPSG:4326"
            body = ServiceBody(try JSONSerialization.data(withJSONObject: json))
        }
        let response = try await env.pipeline.execute(
            ServiceRequest(method: method, url: url, headerFields: fields, body: body),
            context: OperationContext(service: "zaken", operation: "test"))
        let data = try await response.body.collect(upTo: 1 << 20)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func everyOperationOverHTTP() async throws {
        try await Self.withSandbox { env in
            let notificaties = env.notificaties
            #expect(try await notificaties.kanalen(naam: "zaken").map(\.naam) == ["zaken"])
            let naam = "os-test-\(UUID().uuidString.prefix(8).lowercased())"
            let kanaal = try await notificaties.createKanaal(Kanaal(
                naam: naam, documentatieLink: URL(string: "https://example.nl/kanalen/test"), filters: ["bronorganisatie"]))
            let kanaalURL = try #require(kanaal.url)
            #expect(kanaal.filters == ["bronorganisatie"])
            #expect(try await notificaties.kanaal(at: kanaalURL).naam == naam)
            #expect(try await notificaties.kanaal(try #require(kanaalURL.uuid)).naam == naam)
            #expect(try await notificaties.kanalen().contains { $0.naam == naam })

            let receiver = try ZGWNotificationReceiver(authorization: Secret("Bearer sandbox-hook-1"))
            let webhook = try await WebhookTestServer.start(receiver)
            defer { webhook.stop() }
            let created = try await notificaties.createAbonnement(Abonnement(
                callbackUrl: webhook.callbackURL, auth: Secret("Bearer sandbox-hook-1"),
                kanalen: [AbonnementFilterGroup(naam: naam, filters: ["bronorganisatie": "002220647"])]))
            let abonnementURL = try #require(created.url)
            #expect(created.callbackUrl == webhook.callbackURL)
            #expect(try await notificaties.abonnementen().contains { $0.url == abonnementURL })
            #expect(try await notificaties.abonnement(at: abonnementURL).kanalen.first?.filters == ["bronorganisatie": "002220647"])

            // Published on the new kanaal: the sandbox routes it to the abonnement's callback.
            let zaak = URL(string: "\(env.roots["zaken"]!)/zaken/\(UUID().uuidString.lowercased())")!
            let published = try await notificaties.publish(ZGWNotification(
                kanaal: naam, hoofdObject: zaak, resource: "zaak", resourceUrl: zaak, actie: "update",
                aanmaakdatum: Date(timeIntervalSince1970: 1_773_828_930.25), kenmerken: ["bronorganisatie": "002220647"]))
            #expect(published.kanaal == naam)
            var iterator = receiver.notifications.makeAsyncIterator()
            let received = try #require(await iterator.next())
            #expect(received.kanaal == naam)
            #expect(received.actie == "update")
            #expect(received.resourceUrl == zaak)
            #expect(abs(received.aanmaakdatum.timeIntervalSince1970 - 1_773_828_930.25) < 0.001)

            // PUT needs the auth again; PATCH changes what is given; DELETE ends it.
            var changed = try await notificaties.abonnement(at: abonnementURL)
            changed.auth = Secret("Bearer sandbox-hook-2")
            changed.kanalen = [AbonnementFilterGroup(naam: naam), AbonnementFilterGroup(naam: "zaken")]
            let updated = try await notificaties.updateAbonnement(at: abonnementURL, to: changed)
            #expect(updated.kanalen.map(\.naam).sorted() == [naam, "zaken"].sorted())
            let patched = try await notificaties.patchAbonnement(at: abonnementURL, AbonnementPatch(auth: Secret("Bearer sandbox-hook-2"), kanalen: [AbonnementFilterGroup(naam: naam)]))
            #expect(patched.kanalen.map(\.naam) == [naam])
            try await notificaties.deleteAbonnement(at: abonnementURL)
            let gone = try await #require(throws: OpenServicesError.self) { _ = try await notificaties.abonnement(at: abonnementURL) }
            #expect(gone.category == .notFound)
            receiver.finish()
        }
    }

    @Test func aZaakCreatedInTheSandboxArrivesAtTheSubscribedWebhook() async throws {
        try await Self.withSandbox { env in
            let notificaties = env.notificaties
            let matching = try ZGWNotificationReceiver(authorization: Secret("Bearer zaken-hook"))
            let other = try ZGWNotificationReceiver(authorization: Secret("Bearer andere-hook"))
            let webhook = try await WebhookTestServer.start(matching)
            let otherWebhook = try await WebhookTestServer.start(other)
            defer { webhook.stop(); otherWebhook.stop() }
            let subscribed = try await notificaties.createAbonnement(Abonnement(
                callbackUrl: webhook.callbackURL, auth: Secret("Bearer zaken-hook"),
                kanalen: [AbonnementFilterGroup(naam: "zaken", filters: ["bronorganisatie": "002220647"])]))
            let filteredOut = try await notificaties.createAbonnement(Abonnement(
                callbackUrl: otherWebhook.callbackURL, auth: Secret("Bearer andere-hook"),
                kanalen: [AbonnementFilterGroup(naam: "zaken", filters: ["bronorganisatie": "517439943"])]))

            let zaaktypen = try await Self.raw(env, .get, env.roots["catalogi"]!.appending(path: "zaaktypen"))
            let published = (zaaktypen["results"] as? [[String: Any]] ?? []).first { $0["concept"] as? Bool == false }
            let zaaktype = try #require(published?["url"] as? String)
            let zaak = try await Self.raw(env, .post, env.roots["zaken"]!.appending(path: "zaken"), json: [
                "bronorganisatie": "002220647", "verantwoordelijkeOrganisatie": "002220647", "zaaktype": zaaktype,
                "startdatum": "2026-03-18", "omschrijving": "Notificatie-test",
            ])
            let zaakURL = try #require(zaak["url"] as? String)

            var iterator = matching.notifications.makeAsyncIterator()
            let notificatie = try #require(await iterator.next())
            #expect(notificatie.kanaal == "zaken")
            #expect(notificatie.resource == "zaak")
            #expect(notificatie.actie == "create")
            #expect(notificatie.resourceUrl.absoluteString == zaakURL)
            #expect(notificatie.hoofdObject.absoluteString == zaakURL)
            #expect(notificatie.kenmerken["bronorganisatie"] == "002220647")
            #expect(notificatie.kenmerken["zaaktype"] == zaaktype)
            #expect(abs(notificatie.aanmaakdatum.timeIntervalSinceNow) < 300)

            // The sandbox delivers before it answers: the filtered-out webhook got nothing.
            other.finish()
            #expect(await WebhookTestSupport.collect(other.notifications).isEmpty)
            try await notificaties.deleteAbonnement(at: try #require(subscribed.url))
            try await notificaties.deleteAbonnement(at: try #require(filteredOut.url))
            matching.finish()
        }
    }

    @Test func aWrongSecretIsAnAuthenticationError() async throws {
        try await Self.withSandbox { env in
            let jwt = try ZGWJWTProvider(clientID: ZGWSandbox.clientID, secret: Secret("niet-het-geheim"))
            let client = NotificatiesClient(
                pipeline: Pipeline(connector: HTTPConnector(), credentials: CredentialStage(jwt), retry: .none),
                baseURL: env.roots["notificaties"]!)
            let error = try await #require(throws: OpenServicesError.self) { _ = try await client.kanalen() }
            #expect(error.category == .authentication)
            #expect(error.status?.code == 403)
            #expect(error.remediation?.contains("secret") == true)
        }
    }
}

extension ZGWSandboxHTTP {
    /// The Notificaties client on this sandbox.
    var notificaties: NotificatiesClient { NotificatiesClient(pipeline: pipeline, baseURL: root(.notificaties)) }
}
