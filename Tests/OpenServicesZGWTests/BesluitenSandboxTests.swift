import Foundation
import OpenServicesCore
import OpenServicesSandbox
import OpenServicesZGW
import Testing

/// Every Besluiten operation against the sandbox over real HTTP.
@Suite(.serialized) struct BesluitenSandboxTests {
    @Test func seededBesluitListAndGet() async throws {
        try await DocumentenSandboxClients.withServer { sandbox in
            let client = sandbox.besluiten
            let zaak = ZGWResourceURL<Zaak>(sandbox.url(ZGWSandbox.zaakParkeervergunningDeVries))
            let page = try await client.besluiten(zaak: zaak)
            #expect(page.results.map(\.identificatie) == ["BESLUIT-2026-0000000001"])
            let besluit = try await client.besluit(try #require(UUID(uuidString: ZGWSandbox.besluitParkeervergunning.uuid)))
            #expect(besluit.vervalreden == .tijdelijk)
            #expect(besluit.zaak == zaak)
            let filtered = try await client.allBesluiten(
                verantwoordelijkeOrganisatie: ZGWSandbox.rsin,
                besluittype: ZGWResourceURL(sandbox.url(ZGWSandbox.besluittypeParkeervergunning))).items.collect()
            #expect(filtered.map(\.url).contains(besluit.url))
            #expect(try await client.besluiten(identificatie: "BESLUIT-BESTAAT-NIET").count == 0)
        }
    }

    @Test func besluitLifeCycleWithADocument() async throws {
        try await DocumentenSandboxClients.withServer { sandbox in
            let client = sandbox.besluiten
            var nieuw = BesluitRequest(
                verantwoordelijkeOrganisatie: ZGWSandbox.rsin,
                besluittype: ZGWResourceURL(sandbox.url(ZGWSandbox.besluittypeParkeervergunning)),
                datum: "2026-11-03", ingangsdatum: "2026-11-04")
            nieuw.zaak = ZGWResourceURL(sandbox.url(ZGWSandbox.zaakParkeervergunningMoulin))
            let besluit = try await client.createBesluit(nieuw, options: ZGWCallOptions(auditExplanation: "Vergunning verleend"))
            #expect(besluit.identificatie?.isEmpty == false)
            var change = BesluitRequest(besluit)
            change.toelichting = "Verleend voor één jaar"
            #expect(try await client.updateBesluit(besluit.url, change).toelichting == "Verleend voor één jaar")
            var patch = BesluitPatch()
            patch.vervaldatum = "2027-11-04"
            patch.vervalreden = .tijdelijk
            let patched = try await client.patchBesluit(besluit.url, patch)
            #expect(patched.vervalreden == .tijdelijk)
            #expect(patched.vervaldatum == "2027-11-04")

            var brief = EnkelvoudigInformatieObjectRequest(
                bronorganisatie: ZGWSandbox.rsin, creatiedatum: "2026-11-03", titel: "Besluitbrief", auteur: "Gemeente Sandbox",
                informatieobjecttype: ZGWResourceURL(sandbox.url(ZGWSandbox.informatieobjecttypeBesluitbrief)))
            brief.bestandsnaam = "besluit.txt"
            let document = try await sandbox.documenten.createDocument(brief, content: .data(Data("U krijgt de vergunning.".utf8)))
            let bijlage = try await client.createBesluitInformatieObject(
                BesluitInformatieObjectRequest(informatieobject: document.url, besluit: besluit.url))
            #expect(try await client.besluitInformatieObject(bijlage.url) == bijlage)
            #expect(try await client.besluitInformatieObjecten(besluit: besluit.url).map(\.url) == [bijlage.url])
            #expect(try await client.besluitInformatieObjecten(informatieobject: document.url).map(\.url) == [bijlage.url])
            let links = try await sandbox.documenten.objectInformatieObjecten(informatieobject: document.url)
            #expect(links.map(\.objectType) == [.besluit])
            #expect(links.first?.object == besluit.url.url)

            try await client.deleteBesluitInformatieObject(bijlage.url)
            #expect(try await client.besluitInformatieObjecten(besluit: besluit.url).isEmpty)
            try await client.deleteBesluit(besluit.url, options: ZGWCallOptions(auditExplanation: "Test opgeruimd"))
            let gone = try await #require(throws: OpenServicesError.self) { _ = try await client.besluit(besluit.url) }
            #expect(gone.code == .notFound)
        }
    }

    @Test func aBesluitWithoutItsRequiredFieldsIsAValidatieFout() async throws {
        try await DocumentenSandboxClients.withServer { sandbox in
            let nieuw = BesluitRequest(
                verantwoordelijkeOrganisatie: ZGWSandbox.rsin,
                besluittype: try ZGWResourceURL("\(sandbox.roots["catalogi"]!.absoluteString)/besluittypen/00000000-0000-4000-8000-000000000000"),
                datum: "2026-11-03", ingangsdatum: "2026-11-04")
            let error = try await #require(throws: OpenServicesError.self) { _ = try await sandbox.besluiten.createBesluit(nieuw) }
            #expect(error.status?.code == 400)
            #expect(error.serviceError?.invalidParameters.map(\.name).contains("besluittype") == true)
        }
    }
}
