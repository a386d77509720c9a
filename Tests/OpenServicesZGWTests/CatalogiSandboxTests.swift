import Foundation
import OpenServicesCore
import OpenServicesSandbox
import OpenServicesZGW
import Testing

/// Every Catalogi operation against the sandbox's Catalogi fake over real HTTP.
@Suite struct CatalogiSandboxTests {
    typealias Clients = ZGWSandboxClients

    @Test func catalogussenAndZaaktypenWithTheStatusFilter() async throws {
        try await Clients.withServer { sandbox in
            let catalogi = sandbox.catalogi
            let catalogus = try #require(try await catalogi.catalogussen(rsin: ZGWSandbox.rsin).results.first)
            #expect(catalogus.url == (try sandbox.url(ZGWSandbox.catalogus)))
            #expect(try await catalogi.catalogus(try sandbox.uuid(ZGWSandbox.catalogus)) == catalogus)
            #expect(try await catalogi.catalogus(at: catalogus.url) == catalogus)
            #expect(try await catalogi.allCatalogussen(domein: catalogus.domein).collect().flatMap(\.results) == [catalogus])

            let definitief = try await catalogi.zaaktypen(catalogus: catalogus.url).results.map(\.identificatie)
            #expect(Set(definitief) == ["SBX-MOR", "SBX-APV"])
            #expect(try await catalogi.zaaktypen(status: .concept).results.map(\.identificatie) == ["SBX-BZW"])
            #expect(Set(try await catalogi.allZaaktypen(status: .alles).collect().flatMap(\.results).map(\.identificatie)) == ["SBX-MOR", "SBX-APV", "SBX-BZW"])
            let melding = try await catalogi.zaaktype(try sandbox.uuid(ZGWSandbox.zaaktypeMelding))
            #expect(melding.identificatie == "SBX-MOR")
            #expect(try await catalogi.zaaktype(at: melding.url) == melding)
            #expect(try await catalogi.zaaktypen(identificatie: "SBX-APV").results.map(\.url) == [try sandbox.url(ZGWSandbox.zaaktypeParkeervergunning)])
        }
    }

    @Test func theTypesOfAZaaktype() async throws {
        try await Clients.withServer { sandbox in
            let catalogi = sandbox.catalogi
            let melding = try sandbox.url(ZGWSandbox.zaaktypeMelding, as: ZaakType.self)

            let statustypen = try await catalogi.statustypen(zaaktype: melding).results.sorted { $0.volgnummer < $1.volgnummer }
            #expect(statustypen.map(\.omschrijving) == ["Ontvangen", "In behandeling", "Afgehandeld"])
            #expect(statustypen.last?.isEindstatus == true)
            #expect(try await catalogi.allStatustypen(zaaktype: melding).collect().flatMap(\.results).count == 3)
            #expect(try await catalogi.statustype(try sandbox.uuid(ZGWSandbox.statustypeMeldingOntvangen)).omschrijving == "Ontvangen")
            #expect(try await catalogi.statustype(at: statustypen[1].url) == statustypen[1])

            let roltypen = try await catalogi.roltypen(zaaktype: melding)
            #expect(Set(roltypen.results.map(\.omschrijving)) == ["Melder", "Behandelaar"])
            #expect(try await catalogi.roltypen(zaaktype: melding, omschrijvingGeneriek: .initiator).results.map(\.omschrijving) == ["Melder"])
            #expect(try await catalogi.allRoltypen(omschrijvingGeneriek: .behandelaar).collect().flatMap(\.results).count == 2)
            #expect(try await catalogi.roltype(try sandbox.uuid(ZGWSandbox.roltypeMelder)).omschrijvingGeneriek == .initiator)
            #expect(try await catalogi.roltype(at: try sandbox.url(ZGWSandbox.roltypeMelder)).zaaktype == melding)

            let resultaattypen = try await catalogi.resultaattypen(zaaktype: melding)
            #expect(Set(resultaattypen.results.map(\.omschrijving)) == ["Opgelost", "Niet opgelost"])
            #expect(try await catalogi.allResultaattypen(zaaktype: melding).collect().flatMap(\.results).count == 2)
            #expect(try await catalogi.resultaattype(try sandbox.uuid(ZGWSandbox.resultaattypeOpgelost)).archiefnominatie == .vernietigen)
            #expect(try await catalogi.resultaattype(at: try sandbox.url(ZGWSandbox.resultaattypeOpgelost)).omschrijving == "Opgelost")

            let eigenschappen = try await catalogi.eigenschappen(zaaktype: melding)
            #expect(Set(eigenschappen.results.map(\.naam)) == ["locatieomschrijving", "categorie"])
            #expect(try await catalogi.allEigenschappen(zaaktype: melding).collect().flatMap(\.results).count == 2)
            #expect(try await catalogi.eigenschap(try sandbox.uuid(ZGWSandbox.eigenschapLocatie)).naam == "locatieomschrijving")
            #expect(try await catalogi.eigenschap(at: try sandbox.url(ZGWSandbox.eigenschapLocatie)).zaaktype == melding)

            let concept = try sandbox.url(ZGWSandbox.zaaktypeBezwaar, as: ZaakType.self)
            #expect(try await catalogi.statustypen(zaaktype: concept).results.isEmpty, "published only by default")
            #expect(try await catalogi.statustypen(zaaktype: concept, status: .alles).results.count == 1)
        }
    }

    @Test func informatieobjecttypenAndBesluittypen() async throws {
        try await Clients.withServer { sandbox in
            let catalogi = sandbox.catalogi
            let catalogus = try sandbox.url(ZGWSandbox.catalogus, as: Catalogus.self)
            let iots = try await catalogi.informatieobjecttypen(catalogus: catalogus)
            #expect(iots.results.map(\.omschrijving).contains("Aanvraagformulier"))
            #expect(try await catalogi.allInformatieobjecttypen(catalogus: catalogus, status: .alles).collect().flatMap(\.results).count == 5)
            let aanvraag = try await catalogi.informatieobjecttype(try sandbox.uuid(ZGWSandbox.informatieobjecttypeAanvraag))
            #expect(aanvraag.vertrouwelijkheidaanduiding == .vertrouwelijk)
            #expect(aanvraag.zaaktypen.contains(try sandbox.url(ZGWSandbox.zaaktypeParkeervergunning)))
            #expect(try await catalogi.informatieobjecttype(at: aanvraag.url) == aanvraag)

            let parkeer = try sandbox.url(ZGWSandbox.zaaktypeParkeervergunning, as: ZaakType.self)
            let besluittypen = try await catalogi.besluittypen(zaaktypen: parkeer)
            #expect(besluittypen.results.map(\.url) == [try sandbox.url(ZGWSandbox.besluittypeParkeervergunning)])
            #expect(try await catalogi.allBesluittypen(catalogus: catalogus, status: .alles).collect().flatMap(\.results).count == 3)
            let besluittype = try await catalogi.besluittype(try sandbox.uuid(ZGWSandbox.besluittypeParkeervergunning))
            #expect(besluittype.zaaktypen == [parkeer])
            #expect(try await catalogi.besluittype(at: besluittype.url) == besluittype)
            let briefType = try sandbox.url(ZGWSandbox.informatieobjecttypeBesluitbrief, as: InformatieObjectType.self)
            #expect(try await catalogi.besluittypen(informatieobjecttypen: briefType).results.map(\.url).contains(besluittype.url))
        }
    }

    @Test func theZaaktypeOfAZaakResolvesAcrossTheTwoClients() async throws {
        try await Clients.withServer { sandbox in
            let zaak = try await sandbox.zaken.zaak(try sandbox.uuid(ZGWSandbox.zaakParkeervergunningMoulin))
            let zaaktype = try await sandbox.catalogi.zaaktype(at: zaak.zaaktype)
            #expect(zaaktype.identificatie == "SBX-APV")
            let wrongClient = try await #require(throws: OpenServicesError.self) {
                try await sandbox.catalogi.zaaktype(at: ZGWResourceURL<ZaakType>(zaak.url.url))
            }
            #expect(wrongClient.code == .invalidInput)
        }
    }
}
