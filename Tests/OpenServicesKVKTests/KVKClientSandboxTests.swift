import Foundation
import OpenServicesCore
import OpenServicesKVK
import OpenServicesSandbox
import Testing

/// Every KVK operation against the in-process sandbox.
@Suite struct KVKClientSandboxTests {
    @Test func searchByName() async throws {
        let kvk = try KVKTestSupport.client()
        let page = try await kvk.search(KVKSearchQuery(naam: "wijnhaven"))
        #expect(page.pagina == 1)
        #expect(page.resultatenPerPagina == 10)
        #expect(page.totaal == 3)
        #expect(Set(page.resultaten.compactMap(\.type)) == [.rechtspersoon, .hoofdvestiging, .nevenvestiging])
        let hoofd = try #require(page.resultaten.first { $0.type == .hoofdvestiging })
        #expect(hoofd.kvkNummer == "71000011")
        #expect(hoofd.vestigingsnummer == "000071000011")
        #expect(hoofd.adres?.binnenlandsAdres?.postcode == "3011WK")
        #expect(hoofd.allLinks.contains { $0.rel == "vestigingsprofiel" })
    }

    @Test func searchOnEveryParameter() async throws {
        let kvk = try KVKTestSupport.client()
        #expect(try await kvk.search(KVKSearchQuery(kvkNummer: "71000033")).resultaten.count == 3)
        var byRSIN = KVKSearchQuery()
        byRSIN.rsin = try RSIN("850123446")
        #expect(try await kvk.search(byRSIN).resultaten.first?.naam == "Vrijthof Boekhandel N.V.")
        var byBranch = KVKSearchQuery()
        byBranch.vestigingsnummer = try Vestigingsnummer("000071000052")
        #expect(try await kvk.search(byBranch).resultaten.map(\.naam) == ["Boekhandel Stratum"])
        #expect(try await kvk.search(KVKSearchQuery(straatnaam: "Spuikade")).resultaten.count == 2)
        #expect(try await kvk.search(KVKSearchQuery(plaats: "Utrecht")).resultaten.count == 2)
        let byPostcode = try await kvk.search(try KVKSearchQuery(postcode: "3012EK", huisnummer: 7, huisletter: "a"))
        #expect(byPostcode.resultaten.compactMap(\.kvkNummer).allSatisfy { $0 == "71000100" })
        #expect(try await kvk.search(KVKSearchQuery(plaats: "Rotterdam", type: [.hoofdvestiging])).resultaten.count == 2)
        let activeOnly = try await #require(throws: OpenServicesError.self) { _ = try await kvk.search(KVKSearchQuery(naam: "Sandbox Energie")) }
        #expect(activeOnly.serviceError?.code == "IPD5200")
        var inactive = KVKSearchQuery(naam: "Sandbox Energie")
        inactive.inclusiefInactieveRegistraties = true
        let found = try await kvk.search(inactive)
        #expect(found.resultaten.first?.actief == "Nee")
    }

    @Test func pagingToTheEnd() async throws {
        let kvk = try KVKTestSupport.client()
        let pages = try await kvk.searchAll(KVKSearchQuery(plaats: "Rotterdam"), resultsPerPage: 2).collect()
        let total = try #require(pages.first?.totaal)
        #expect(total == 5)
        #expect(pages.map(\.resultaten.count) == [2, 2, 1])
        #expect(pages.map(\.pagina) == [1, 2, 3])
        #expect(pages.last?.volgende == nil)
        let items = try await kvk.searchAll(KVKSearchQuery(plaats: "Rotterdam"), resultsPerPage: 100).items.collect()
        #expect(items.count == 5)
    }

    @Test func basisprofielWithEmbeddedAndGeoData() async throws {
        let kvk = try KVKTestSupport.client()
        let profiel = try await kvk.basicProfile("71000011", geoData: true)
        #expect(profiel.naam == "Bakkerij De Wijnhaven B.V.")
        #expect(profiel.handelsnamen?.map(\.volgorde) == [1, 2])
        #expect(profiel.sbiActiviteiten?.first?.indHoofdactiviteit == "Ja")
        #expect(profiel._embedded?.eigenaar?.rsin == "850123409")
        let hoofd = try #require(profiel._embedded?.hoofdvestiging)
        #expect(hoofd.vestigingsnummer == "000071000011")
        let geo = try #require(hoofd.adressen?.first?.geoData)
        #expect(geo.nummerAanduidingId == SandboxAddresses.all[0].nummeraanduidingIdentificatie)
        #expect(geo.addresseerbaarObjectId == SandboxAddresses.all[0].adresseerbaarObjectIdentificatie)
        #expect(profiel.links?.href("vestigingen")?.hasSuffix("/v1/basisprofielen/71000011/vestigingen") == true)
        #expect(try await kvk.basicProfile("71000011").`_embedded`?.hoofdvestiging?.adressen?.first?.geoData == nil)
    }

    @Test func subresources() async throws {
        let kvk = try KVKTestSupport.client()
        #expect(try await kvk.owner("71000055").rechtsvorm == "NaamlozeVennootschap")
        #expect(try await kvk.mainBranch("71000055", geoData: true).adressen?.first?.geoData?.gpsLatitude == SandboxAddresses.all[8].latitude)
        let lijst = try await kvk.branches("71000055")
        #expect(lijst.totaalAantalVestigingen == 2)
        #expect(lijst.vestigingen?.map(\.vestigingsnummer) == ["000071000051", "000071000052"])
        let eenmanszaak = try await kvk.owner("71000066")
        #expect(eenmanszaak.rsin == nil)
        #expect(eenmanszaak.rechtsvorm == "Eenmanszaak")
    }

    @Test func vestigingsprofiel() async throws {
        let kvk = try KVKTestSupport.client()
        let vestiging = try await kvk.branchProfile("000071000032", geoData: true)
        #expect(vestiging.eersteHandelsnaam == "Open Sandbox Oost")
        #expect(vestiging.indHoofdvestiging == "Nee")
        #expect(vestiging.indCommercieleVestiging == "Nee")
        #expect(vestiging.adressen?.first?.plaats == "Zwolle")
        #expect(vestiging.adressen?.first?.geoData?.rijksdriehoekX == SandboxAddresses.all[7].rdX)
        #expect(vestiging.allLinks.contains { $0.rel == "basisprofiel" })
    }

    @Test func sandboxRSINsPassTheElfproef() throws {
        for number in ["850123409", "850123410", "850123422", "850123434", "850123446", "850123458", "850123471", "850123483"] {
            #expect(throws: Never.self) { _ = try RSIN(number) }
        }
    }
}
