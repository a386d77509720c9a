import Foundation
import OpenServicesBRP
import OpenServicesCore
import OpenServicesSandbox
import Testing

/// Every operation of the client against the sandbox, in-process.
@Suite struct BRPClientSandboxTests {
    let brp = BRPTestSupport.client()

    @Test func raadpleegOnePersonWithEveryGroup() async throws {
        let persoon = try #require(try await brp.person(try BSN("999993653"), fields: [
            "burgerservicenummer", "naam", "geboorte", "verblijfplaats", "nationaliteiten", "partners", "ouders", "leeftijd",
            "immigratie", "gemeenteVanInschrijving", "adressering",
        ]))
        #expect(persoon.burgerservicenummer == "999993653")
        #expect(persoon.naam?.voornamen == "Suzanne")
        #expect(persoon.naam?.geslachtsnaam == "Moulin")
        #expect(persoon.naam?.voorletters == "S.")
        #expect(persoon.leeftijd == 40)
        #expect(persoon.geboorte?.datum == .volledig("1985-12-01"))
        #expect(persoon.geboorte?.datum?.langFormaat == "1 december 1985")
        guard case .adres(let adres)? = persoon.verblijfplaats else { Issue.record("expected an Adres"); return }
        let address = SandboxAddresses.all[0]
        #expect(adres.verblijfadres?.officieleStraatnaam == address.straat)
        #expect(adres.verblijfadres?.postcode == address.postcode)
        #expect(adres.nummeraanduidingIdentificatie == address.nummeraanduidingIdentificatie)
        #expect(adres.adresseerbaarObjectIdentificatie == address.adresseerbaarObjectIdentificatie)
        #expect(persoon.nationaliteiten?.first?.omschrijving == "Franse")
        #expect(persoon.partners?.first?.naam?.geslachtsnaam == "Beaudelaire")
        #expect(persoon.ouders?.count == 2)
        #expect(persoon.gemeenteVanInschrijving?.code == "0599")
        #expect(persoon.adressering?.adresregel1 == "Wijnhavenkade 12")
        #expect(persoon.adressering?.adresregel2 == "3011 WK  ROTTERDAM")
        #expect(persoon.aNummer == nil, "not asked for")
        #expect(persoon.kinderen == nil, "not asked for")
    }

    @Test func raadpleegSeveralKeepsRequestOrderAndSkipsUnknownBSNs() async throws {
        let bsns = try ["999990019", "999993653", "999990408"].map(BSN.init)
        let personen = try await brp.persons(bsns, fields: ["burgerservicenummer"])
        #expect(personen.map(\.burgerservicenummer) == ["999990019", "999993653"])
    }

    @Test func raadpleegFiltersOnGemeenteVanInschrijving() async throws {
        let bsns = try ["999990019", "999993653"].map(BSN.init)
        let personen = try await brp.persons(bsns, fields: ["burgerservicenummer"], gemeenteVanInschrijving: "0599")
        #expect(personen.map(\.burgerservicenummer) == ["999993653"])
    }

    @Test func raadpleegReturnsDeceasedPersonsWithSuspension() async throws {
        let persoon = try #require(try await brp.person(try BSN("999990160"), fields: ["naam", "overlijden", "leeftijd"]))
        #expect(persoon.overlijden?.datum == .volledig("2021-03-15"))
        #expect(persoon.opschortingBijhouding?.reden?.code == "O", "delivered automatically")
        #expect(persoon.leeftijd == nil, "no age for a deceased person")
    }

    @Test func fieldsCutTheAnswerAndTableValuePartsWork() async throws {
        let persoon = try #require(try await brp.person(try BSN("999993653"), fields: ["geslacht.code", "geboorte.datum.type"]))
        #expect(persoon.geslacht == Waardetabel(code: "V"))
        #expect(persoon.naam == nil)
        #expect(persoon.geboorte?.land == nil)
        #expect(persoon.geboorte?.datum?.type == "Datum")
    }

    @Test func searchBySurnameAndBirthDate() async throws {
        let found = try await brp.search(
            .surnameAndBirthDate(geslachtsnaam: "moulin", geboortedatum: "1985-12-01"),
            fields: ["burgerservicenummer", "naam", "geboorte", "leeftijd", "adressering"])
        #expect(found.count == 1)
        #expect(found.first?.naam?.volledigeNaam == "Suzanne Moulin")
        #expect(found.first?.geboorte?.land == nil, "PersoonBeperkt has only the birth date")
        #expect(found.first?.adressering?.adresregel1 == "Wijnhavenkade 12")
        #expect(found.first?.adressering?.aanhef == nil, "PersoonBeperkt has only address lines")
    }

    @Test func searchWithPrefixWildcardAndDiacritics() async throws {
        let found = try await brp.search(
            .surnameAndBirthDate(geslachtsnaam: "Vri*", geboortedatum: "2012-09-03", voorvoegsel: "de"),
            fields: ["burgerservicenummer"])
        #expect(found.map(\.burgerservicenummer) == ["999990032"])
    }

    @Test func searchByNameAndMunicipality() async throws {
        let found = try await brp.search(
            .nameAndMunicipality(geslachtsnaam: "Amrani", voornamen: "Fat*", gemeenteVanInschrijving: "0599", voorvoegsel: "el"),
            fields: ["burgerservicenummer", "naam.voornamen"])
        #expect(found.map(\.burgerservicenummer) == ["999990056"])
        #expect(found.first?.naam?.voornamen == "Fatima")
    }

    @Test func searchByPostcodeAndHouseNumber() async throws {
        let found = try await brp.search(
            .postcodeAndHouseNumber(postcode: try Postcode("2631 cr"), huisnummer: 15), fields: ["burgerservicenummer"])
        #expect(Set(found.compactMap(\.burgerservicenummer)) == ["999990007", "999990020", "999990032", "999990044"])
    }

    @Test func searchByPostcodeFindsTheStudentHouseUpToThirty() async throws {
        let found = try await brp.search(
            .postcodeAndHouseNumber(postcode: try Postcode("2311CS"), huisnummer: 40, huisnummertoevoeging: "bis"),
            fields: ["burgerservicenummer"])
        #expect(found.count == 11)
    }

    @Test func searchByStreetHouseNumberAndMunicipality() async throws {
        let found = try await brp.search(
            .streetHouseNumberAndMunicipality(straat: "Oudegrachtkade", huisnummer: 88, gemeenteVanInschrijving: "0344", huisletter: "b"),
            fields: ["burgerservicenummer"])
        #expect(Set(found.compactMap(\.burgerservicenummer)) == ["999990135", "999990147", "999990159"])
    }

    @Test func searchByNummeraanduidingLeavesDeceasedOutUnlessAsked() async throws {
        let id = try BAGIdentifier(SandboxAddresses.all[11].nummeraanduidingIdentificatie)
        let living = try await brp.search(.nummeraanduiding(id), fields: ["burgerservicenummer"])
        #expect(living.map(\.burgerservicenummer) == ["999990172"])
        let all = try await brp.search(.nummeraanduiding(id, inclusiefOverledenPersonen: true), fields: ["burgerservicenummer"])
        #expect(Set(all.compactMap(\.burgerservicenummer)) == ["999990160", "999990172"])
        #expect(all.first { $0.burgerservicenummer == "999990160" }?.opschortingBijhouding?.reden?.code == "O")
    }

    @Test func residentsWithGezag() async throws {
        let id = try BAGIdentifier(SandboxAddresses.all[5].adresseerbaarObjectIdentificatie)
        let bewoners = try await brp.residents(adresseerbaarObjectIdentificatie: id, fields: ["burgerservicenummer", "naam", "gezag"])
        #expect(bewoners.count == 4)
        let sanne = try #require(bewoners.first { $0.burgerservicenummer == "999990032" })
        guard case .gezamenlijkOuderlijkGezag(let gezag)? = sanne.gezag?.first else {
            Issue.record("expected GezamenlijkOuderlijkGezag"); return
        }
        #expect(gezag.ouders?.compactMap(\.burgerservicenummer) == ["999990020", "999990007"])
        #expect(gezag.minderjarige.leeftijd == 13)
        let pieter = try #require(bewoners.first { $0.burgerservicenummer == "999990007" })
        #expect(pieter.gezag?.count == 2, "a parent sees the relations of both children")
    }

    @Test func everyKindOfGezag() async throws {
        let minors = ["999990032", "999990068", "999990093", "999990123", "999990159", "999990275"]
        let personen = try await brp.persons(try minors.map(BSN.init), fields: ["burgerservicenummer", "gezag"])
        let types = personen.compactMap { $0.gezag?.first?.type }
        #expect(Set(types) == [
            "GezamenlijkOuderlijkGezag", "EenhoofdigOuderlijkGezag", "Voogdij", "TijdelijkGeenGezag", "GezamenlijkGezag",
            "GezagNietTeBepalen",
        ])
        guard case .voogdij(let voogdij)? = personen.first(where: { $0.burgerservicenummer == "999990093" })?.gezag?.first,
              case .bekendeDerde(let voogd)? = voogdij.derden?.first
        else { Issue.record("expected Voogdij with a known guardian"); return }
        #expect(voogd.burgerservicenummer == "999990081")
    }

    @Test func automaticallyDeliveredFields() async throws {
        let sophie = try #require(try await brp.person(try BSN("999990226"), fields: ["naam.voornamen"]))
        #expect(sophie.geheimhoudingPersoonsgegevens == true)
        let thomas = try #require(try await brp.person(try BSN("999990184"), fields: ["naam.voornamen"]))
        #expect(thomas.rni?.count == 2)
        #expect(thomas.verificatie?.omschrijving == "Ambassade Madrid")
        #expect(thomas.opschortingBijhouding?.reden?.code == "R")
    }

    @Test func inOnderzoekIsDeliveredForTheRequestedFields() async throws {
        let erebos = try #require(try await brp.person(try BSN("999990019"), fields: ["naam.geslachtsnaam", "burgerservicenummer"]))
        #expect(erebos.naam?.inOnderzoek?.isInOnderzoek("geslachtsnaam") == true)
        #expect(erebos.naam?.inOnderzoek?.isInOnderzoek("voornamen") == false, "voornamen were not asked for")
        #expect(erebos.naam?.inOnderzoek?.datumIngangOnderzoek == .volledig("2022-03-01"))
        #expect(erebos.inOnderzoek?.isInOnderzoek("burgerservicenummer") == true)
        #expect(erebos.inOnderzoek?.datums["datumIngangOnderzoekPersoon"] != nil)
        let plain = try #require(try await brp.person(try BSN("999990019"), fields: ["naam.voorletters"]))
        #expect(plain.naam?.inOnderzoek == nil)
    }

    @Test func residencesAbroadUnknownAndLocation() async throws {
        let personen = try await brp.persons(try ["999990184", "999990196", "999990202", "999990214"].map(BSN.init), fields: ["verblijfplaats"])
        #expect(personen.compactMap { $0.verblijfplaats?.type } == ["VerblijfplaatsBuitenland", "VerblijfplaatsBuitenland", "VerblijfplaatsOnbekend", "Locatie"])
        guard case .verblijfplaatsBuitenland(let spanje)? = personen[0].verblijfplaats else { return }
        #expect(spanje.verblijfadres?.land?.omschrijving == "Spanje")
    }

    @Test func verblijfplaatsBinnenlandOnlyForDutchResidences() async throws {
        let personen = try await brp.persons(try ["999993653", "999990184"].map(BSN.init), fields: ["burgerservicenummer", "verblijfplaatsBinnenland"])
        #expect(personen[0].verblijfplaats?.type == "Adres")
        #expect(personen[1].verblijfplaats == nil)
    }

    @Test func partlyUnknownDatesAndNationalities() async throws {
        let personen = try await brp.persons(try ["999990251", "999990263", "999990275", "999990214", "999990056"].map(BSN.init),
                                             fields: ["geboorte.datum", "nationaliteiten", "partners", "verblijfstitel", "ouders"])
        #expect(personen[0].geboorte?.datum == .jaarMaand(1975, 6))
        #expect(personen[0].geboorte?.datum?.langFormaat == "juni 1975")
        #expect(personen[1].geboorte?.datum == .jaar(1979))
        #expect(personen[0].partners?.first?.aangaanHuwelijkPartnerschap?.datum == .onbekend)
        #expect(personen[0].ouders?.first?.geboorte?.datum == .onbekend)
        #expect(personen[0].verblijfstitel?.aanduiding?.code == "27")
        #expect(personen.map { $0.nationaliteiten?.first?.type } == ["Nationaliteit", "Staatloos", "NationaliteitOnbekend", "BehandeldAlsNederlander", "Nationaliteit"])
        #expect(personen[4].nationaliteiten?.count == 2)
    }

    @Test func titleOfNobility() async throws {
        let persoon = try #require(try await brp.person(try BSN("999990238"), fields: ["naam", "adressering.aanschrijfwijze"]))
        #expect(persoon.naam?.adellijkeTitelPredicaat?.soort == .predicaat)
        #expect(persoon.naam?.volledigeNaam == "jonkheer Frederik Willem van Assendelft")
        #expect(persoon.adressering?.aanschrijfwijze?.aanspreekvorm == "De hoogwelgeboren heer")
    }
}
