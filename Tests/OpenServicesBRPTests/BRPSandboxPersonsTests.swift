import Foundation
import OpenServicesBRP
import OpenServicesCore
import OpenServicesSandbox
import Testing

/// The sandbox's persons: valid BSNs, real addresses, every person decodes, and the variety the brief asks for.
@Suite struct BRPSandboxPersonsTests {
    @Test func enoughPersonsWithValidUniqueBSNs() throws {
        let bsns = BRPSandboxPersons.bsns
        #expect(bsns.count >= 25)
        #expect(Set(bsns).count == bsns.count)
        for bsn in bsns { _ = try BSN(bsn) }
        #expect(bsns.contains("999993653"))
        #expect(bsns.contains("999990019"))
    }

    @Test func everyDutchAddressIsASandboxAddress() {
        for persoon in BRPSandboxPersons.all {
            guard case .adres(let adres)? = persoon.verblijfplaats else { continue }
            let address = SandboxAddresses.address(nummeraanduiding: adres.nummeraanduidingIdentificatie ?? "")
            #expect(address != nil, "\(persoon.burgerservicenummer ?? "")")
            #expect(address?.adresseerbaarObjectIdentificatie == adres.adresseerbaarObjectIdentificatie)
            #expect(address?.postcode == adres.verblijfadres?.postcode)
            #expect(address?.gemeentecode == persoon.gemeenteVanInschrijving?.code)
        }
    }

    @Test func everyPersonDecodesThroughTheClientWithEveryGroup() async throws {
        let brp = BRPTestSupport.client()
        let groups: [BRPField] = [
            "aNummer", "burgerservicenummer", "datumEersteInschrijvingGBA", "datumInschrijvingInGemeente", "gemeenteVanInschrijving",
            "geslacht", "gezag", "indicatieCurateleRegister", "leeftijd", "adressering", "europeesKiesrecht", "geboorte", "immigratie",
            "naam", "nationaliteiten", "overlijden", "uitsluitingKiesrecht", "verblijfstitel", "kinderen", "ouders", "partners",
            "verblijfplaats",
        ]
        let bsns = BRPSandboxPersons.bsns
        var decoded: [Persoon] = []
        for start in stride(from: 0, to: bsns.count, by: 20) {
            let batch = try bsns[start..<min(start + 20, bsns.count)].map(BSN.init)
            decoded += try await brp.persons(batch, fields: groups)
        }
        #expect(decoded.count == bsns.count)
        for (persoon, original) in zip(decoded, BRPSandboxPersons.all) {
            #expect(persoon.burgerservicenummer == original.burgerservicenummer)
            #expect(persoon.naam == original.naam)
            #expect(persoon.verblijfplaats == original.verblijfplaats)
            #expect(persoon.gezag?.map(\.type) == original.gezag?.map(\.type))
            #expect(persoon.gezag?.map(\.minderjarige?.burgerservicenummer) == original.gezag?.map(\.minderjarige?.burgerservicenummer))
        }
    }

    @Test func theVarietyIsThere() {
        let all = BRPSandboxPersons.all
        #expect(all.contains { $0.partners?.isEmpty == false })
        #expect(all.contains { $0.kinderen?.isEmpty == false })
        #expect(all.contains { $0.overlijden != nil })
        #expect(all.contains { $0.rni != nil })
        #expect(all.contains { $0.geheimhoudingPersoonsgegevens == true })
        #expect(all.contains { $0.inOnderzoek != nil })
        #expect(all.contains { $0.indicatieCurateleRegister == true })
        #expect(all.contains { $0.verblijfstitel != nil })
        #expect(all.contains { ($0.nationaliteiten?.count ?? 0) > 1 })
        let dateTypes = Set(all.compactMap { $0.geboorte?.datum?.type } + all.flatMap { $0.ouders ?? [] }.compactMap { $0.geboorte?.datum?.type })
        #expect(dateTypes == ["Datum", "DatumOnbekend", "JaarDatum", "JaarMaandDatum"])
        let places = Set(all.compactMap { $0.verblijfplaats?.type })
        #expect(places == ["Adres", "Locatie", "VerblijfplaatsBuitenland", "VerblijfplaatsOnbekend"])
    }

    @Test func sandboxIsInTheDefaultServices() {
        #expect(Sandbox().baseURL(for: "brp")?.path == "/haalcentraal/api/brp")
    }
}
