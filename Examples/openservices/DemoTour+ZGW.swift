import Foundation
import OpenServices
import OpenServicesBRP
import OpenServicesCore
import OpenServicesSandbox
import OpenServicesZGW

extension DemoCommand {
    /// The ZGW leg of the tour: a zaak for the person found in BRP, with a status, a document and the
    /// notification a subscribed webhook would receive — Catalogi, Zaken, Documenten and Notificaties
    /// of one in-process sandbox, each call with a freshly signed ZGW JWT.
    func zgwLeg(_ tour: DemoTour, demo: GlobalOptions, persoon: Persoon) async throws {
        let notifications = DemoNotificationInbox()
        let sandbox = Sandbox(services: Sandbox.defaultServices(notificationConnector: notifications))
        func connection(_ service: ServiceName) async throws -> ServiceConnection {
            try await ServiceConnection.make(service, options: demo, sandbox: sandbox)
        }
        let catalogi = CatalogiClient(connection: try await connection(.catalogi))
        let zaken = ZakenClient(connection: try await connection(.zaken))
        let documenten = DocumentenClient(connection: try await connection(.documenten))
        let notificaties = NotificatiesClient(connection: try await connection(.notificaties))
        let catalogiRoot = sandbox.baseURL(for: "catalogi")!

        _ = try await notificaties.createAbonnement(Abonnement(
            callbackUrl: URL(string: "https://zaaksysteem.gemeente.invalid/zgw/notificaties")!, auth: Secret("Bearer demo"),
            kanalen: [AbonnementFilterGroup(naam: "zaken")]))

        tour.call("catalogi.zaaktype(at: …zaaktypen/\(ZGWSandbox.zaaktypeMelding.uuid))")
        let zaaktype = try await catalogi.zaaktype(at: ZGWResourceURL(ZGWSandbox.zaaktypeMelding.url(apiRoot: catalogiRoot)))
        tour.row("zaaktype", "\(zaaktype.identificatie) \(zaaktype.omschrijving)")

        tour.call("zaken.createZaak(…)  # POST /zaken with Accept-Crs/Content-Crs, X-Audit-Toelichting")
        let gemeente = try RSIN(ZGWSandbox.rsin)
        let zaak = try await zaken.createZaak(
            ZaakInput(zaaktype: zaaktype.url, bronorganisatie: gemeente, verantwoordelijkeOrganisatie: gemeente,
                      startdatum: "2026-11-29", omschrijving: "Melding losliggende stoeptegel"),
            options: ZGWCallOptions(auditExplanation: "Melding via het webformulier"))
        tour.row("zaak", "\(zaak.identificatie ?? "—") \(zaak.omschrijving ?? "")")

        let bsn = try BSN(Self.bsn)
        tour.call("zaken.createRol(… natuurlijk persoon \(bsn) as melder)")
        _ = try await zaken.createRol(RolInput(
            zaak: zaak.url, roltype: ZGWResourceURL(ZGWSandbox.roltypeMelder.url(apiRoot: catalogiRoot)),
            betrokkene: .natuurlijkPersoon(RolNatuurlijkPersoon(inpBsn: bsn, geslachtsnaam: persoon.naam?.geslachtsnaam)),
            roltoelichting: "Melder"))
        let status = try await zaken.createStatus(
            StatusInput(zaak: zaak.url, statustype: ZGWResourceURL(ZGWSandbox.statustypeMeldingOntvangen.url(apiRoot: catalogiRoot))))
        tour.row("status", "ontvangen on \(status.datumStatusGezet)")

        tour.call("documenten.createDocument(…, content: .data(…))  # streamed, base64 piece by piece")
        let foto = EnkelvoudigInformatieObjectRequest(
            bronorganisatie: ZGWSandbox.rsin, creatiedatum: "2026-11-29", titel: "Foto van de stoeptegel", auteur: "Melder",
            informatieobjecttype: ZGWResourceURL(ZGWSandbox.informatieobjecttypeFoto.url(apiRoot: catalogiRoot)))
        let document = try await documenten.createDocument(foto, content: .data(Data(repeating: 0xFF, count: 4096)))
        _ = try await zaken.createZaakInformatieObject(ZaakInformatieObjectInput(zaak: zaak.url, informatieobject: document.url.url))
        tour.row("document", "\(document.identificatie ?? "—") (\(document.bestandsomvang ?? 0) bytes) attached")

        tour.call("zaken.allZaken(ZaakQuery(bsn: \(bsn)))  # POST /zaken/_zoek: the BSN stays out of the URL")
        let vanPersoon = try await zaken.allZaken(ZaakQuery(bsn: bsn)).items.collect()
        tour.row("zaken", "\(vanPersoon.count) for this person: " + vanPersoon.compactMap(\.identificatie).joined(separator: ", "))
        tour.row("notifications", notifications.received.map { "\($0.resource)/\($0.actie)" }.joined(separator: ", "))
    }
}

extension CatalogiClient {
    init(connection: ServiceConnection) {
        self.init(pipeline: connection.pipeline, baseURL: connection.baseURL, resourceRoots: connection.resourceRoots)
    }
}

extension ZakenClient {
    init(connection: ServiceConnection) {
        self.init(pipeline: connection.pipeline, baseURL: connection.baseURL, resourceRoots: connection.resourceRoots)
    }
}

extension DocumentenClient {
    init(connection: ServiceConnection) {
        self.init(pipeline: connection.pipeline, baseURL: connection.baseURL, resourceRoots: connection.resourceRoots)
    }
}

extension NotificatiesClient {
    init(connection: ServiceConnection) {
        self.init(pipeline: connection.pipeline, baseURL: connection.baseURL, resourceRoots: connection.resourceRoots)
    }
}
