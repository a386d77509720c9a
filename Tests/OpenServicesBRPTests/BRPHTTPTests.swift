import Foundation
import OpenServicesBRP
import OpenServicesCore
import OpenServicesSandbox
import Testing

/// Every operation over real HTTP: the sandbox served by Hummingbird, called with the AsyncHTTPClient connector.
@Suite(.serialized) struct BRPHTTPTests {
    @Test func everyOperationOverHTTP() async throws {
        try await BRPTestSupport.withHTTPClient { brp, url in
            #expect(url.path == "/haalcentraal/api/brp")
            let personen = try await brp.persons(try ["999993653", "999990019"].map(BSN.init), fields: ["naam", "verblijfplaats"])
            #expect(personen.compactMap { $0.naam?.voornamen } == ["Suzanne", "Erebos"])

            let bySurname = try await brp.search(.surnameAndBirthDate(geslachtsnaam: "Moulin", geboortedatum: "1985-12-01"), fields: ["burgerservicenummer"])
            #expect(bySurname.map(\.burgerservicenummer) == ["999993653"])

            let byName = try await brp.search(.nameAndMunicipality(geslachtsnaam: "Hoekstra", voornamen: "Lucas", gemeenteVanInschrijving: "0014"), fields: ["naam"])
            #expect(byName.first?.naam?.voornamen == "Lucas")

            let byPostcode = try await brp.search(.postcodeAndHouseNumber(postcode: try Postcode("3012EK"), huisnummer: 7, huisletter: "A"), fields: ["burgerservicenummer"])
            #expect(Set(byPostcode.compactMap(\.burgerservicenummer)) == ["999990056", "999990068"])

            let byStreet = try await brp.search(.streetHouseNumberAndMunicipality(straat: "Vrijthofpassage", huisnummer: 22, gemeenteVanInschrijving: "0935"), fields: ["burgerservicenummer"])
            #expect(byStreet.count == 2)

            let address = SandboxAddresses.all[6]
            let byNummeraanduiding = try await brp.search(.nummeraanduiding(try BAGIdentifier(address.nummeraanduidingIdentificatie)), fields: ["burgerservicenummer"])
            #expect(byNummeraanduiding.count == 3)

            let residents = try await brp.residents(adresseerbaarObjectIdentificatie: try BAGIdentifier(address.adresseerbaarObjectIdentificatie), fields: ["burgerservicenummer", "gezag"])
            #expect(residents.count == 3)
            #expect(residents.contains { $0.gezag?.first?.type == "GezagNietTeBepalen" })
        }
    }

    @Test func errorsOverHTTP() async throws {
        try await BRPTestSupport.withHTTPClient(deniedFields: ["aNummer"]) { brp, _ in
            let tooMany = try await #require(throws: OpenServicesError.self) {
                _ = try await brp.search(.nummeraanduiding(try BAGIdentifier(SandboxAddresses.all[9].nummeraanduidingIdentificatie)), fields: ["naam"])
            }
            #expect(tooMany.isTooManyResults)
            let unauthorized = try await #require(throws: OpenServicesError.self) {
                _ = try await brp.person(try BSN("999993653"), fields: ["aNummer"])
            }
            #expect(unauthorized.isUnauthorizedField)
            #expect(unauthorized.status?.code == 403)
        }
    }
}
