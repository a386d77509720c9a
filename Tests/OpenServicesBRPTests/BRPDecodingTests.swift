import Foundation
import OpenServicesBRP
import OpenServicesCore
import Testing

/// Decoding of answers written to the official schema, including values and types this client does not know.
@Suite struct BRPDecodingTests {
    func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(json.utf8))
    }

    static let raadpleeg = #"""
        {"type":"RaadpleegMetBurgerservicenummer","personen":[{
          "aNummer":"1999993653","burgerservicenummer":"999993653","leeftijd":40,
          "geslacht":{"code":"V","omschrijving":"vrouw"},
          "datumEersteInschrijvingGBA":{"type":"Datum","datum":"2013-11-02","langFormaat":"2 november 2013"},
          "naam":{"voornamen":"Suzanne","geslachtsnaam":"Moulin","voorletters":"S.","volledigeNaam":"Suzanne Moulin",
                  "aanduidingNaamgebruik":{"code":"E","omschrijving":"eigen geslachtsnaam"},
                  "adellijkeTitelPredicaat":{"code":"XX","omschrijving":"iets","soort":"hoffelijkheidstitel"},
                  "inOnderzoek":{"geslachtsnaam":true,"datumIngangOnderzoek":{"type":"JaarMaandDatum","jaar":2022,"maand":3,"langFormaat":"maart 2022"}}},
          "geboorte":{"datum":{"type":"JaarDatum","jaar":1985,"langFormaat":"1985"},"land":{"code":"5002","omschrijving":"Frankrijk"}},
          "overlijden":{"datum":{"type":"DatumOnbekend","onbekend":true,"langFormaat":"onbekend"}},
          "nationaliteiten":[
            {"type":"Nationaliteit","nationaliteit":{"code":"0057","omschrijving":"Franse"},"redenOpname":{"code":"301","omschrijving":"Vaststelling bezit vreemde nationaliteit"}},
            {"type":"BehandeldAlsNederlander","redenOpname":{"code":"310","omschrijving":"Vaststelling bijzonder Nederlanderschap"}},
            {"type":"VastgesteldNietNederlander"},{"type":"Staatloos"},{"type":"NationaliteitOnbekend"},
            {"type":"DubbeleNationaliteit","nationaliteit":{"code":"0001"}}],
          "verblijfplaats":{"type":"Adres","functieAdres":{"code":"W","omschrijving":"woonadres"},
            "adresseerbaarObjectIdentificatie":"0599010000208579","nummeraanduidingIdentificatie":"0599200000219678",
            "datumVan":{"type":"Datum","datum":"2015-08-08","langFormaat":"8 augustus 2015"},
            "verblijfadres":{"officieleStraatnaam":"Boterdiep","korteStraatnaam":"Boterdiep","huisnummer":31,"postcode":"3077AW","woonplaats":"Rotterdam"}},
          "gezag":[
            {"type":"GezamenlijkOuderlijkGezag","minderjarige":{"burgerservicenummer":"999990032"},"ouders":[{"burgerservicenummer":"999990020","naam":{"volledigeNaam":"Anna Bakker"}},{"naam":{"volledigeNaam":"Pieter Jan de Vries"}}]},
            {"type":"EenhoofdigOuderlijkGezag","minderjarige":{"burgerservicenummer":"999990068"},"ouder":{"naam":{"volledigeNaam":"Fatima el Amrani"}}},
            {"type":"GezamenlijkGezag","minderjarige":{"burgerservicenummer":"999990159"},"ouder":{"naam":{}},"derde":{"type":"OnbekendeDerde"}},
            {"type":"Voogdij","minderjarige":{"burgerservicenummer":"999990093"},"derden":[{"type":"BekendeDerde","burgerservicenummer":"999990081","naam":{"volledigeNaam":"Johanna Maria Kok"}}]},
            {"type":"TijdelijkGeenGezag","minderjarige":{"burgerservicenummer":"999990123"},"toelichting":"Tijdelijk geen gezag."},
            {"type":"GezagNietTeBepalen","minderjarige":{"burgerservicenummer":"999990275"},"toelichting":"Niet te bepalen.","inOnderzoek":true},
            {"type":"TweehoofdigOuderlijkGezag","minderjarige":{"burgerservicenummer":"999970045"},"ouders":[]}],
          "ouders":[{"ouderAanduiding":"1","naam":{"voornamen":"Lisette"}},{"ouderAanduiding":"3"}],
          "opschortingBijhouding":{"reden":{"code":"O","omschrijving":"overlijden"},"datum":{"type":"Datum","datum":"2021-03-15","langFormaat":"15 maart 2021"}},
          "rni":[{"deelnemer":{"code":"0101"},"categorie":"Persoon","omschrijvingVerdrag":"Verdrag"}],
          "verificatie":{"datum":{"type":"Datum","datum":"2023-02-14"},"omschrijving":"Ambassade"},
          "inOnderzoek":{"burgerservicenummer":true,"datumIngangOnderzoekPersoon":{"type":"Datum","datum":"2022-03-01","langFormaat":"1 maart 2022"}},
          "nieuwVeldUitEenLatereVersie":{"iets":1}
        }]}
        """#

    @Test func everyPolymorphicTypeAndUnknownOnes() throws {
        let response = try decode(PersonenQueryResponse<Persoon>.self, Self.raadpleeg)
        let persoon = try #require(response.personen.first)
        #expect(response.type == "RaadpleegMetBurgerservicenummer")
        #expect(persoon.geboorte?.datum == .jaarDatum(JaarDatum(jaar: 1985, langFormaat: "1985")))
        #expect(persoon.overlijden?.datum == .onbekend)
        #expect(persoon.datumEersteInschrijvingGBA == .datum(VolledigeDatum(datum: "2013-11-02", langFormaat: "2 november 2013")))
        #expect(persoon.naam?.inOnderzoek?.datumIngangOnderzoek == .jaarMaandDatum(JaarMaandDatum(jaar: 2022, maand: 3, langFormaat: "maart 2022")))
        #expect(persoon.naam?.adellijkeTitelPredicaat?.soort == .unknown("hoffelijkheidstitel"))
        #expect(persoon.nationaliteiten?.map(\.type) == [
            "Nationaliteit", "BehandeldAlsNederlander", "VastgesteldNietNederlander", "Staatloos", "NationaliteitOnbekend", "DubbeleNationaliteit",
        ])
        #expect(persoon.nationaliteiten?.last == .unknown(type: "DubbeleNationaliteit"))
        #expect(persoon.gezag?.map(\.type) == [
            "GezamenlijkOuderlijkGezag", "EenhoofdigOuderlijkGezag", "GezamenlijkGezag", "Voogdij", "TijdelijkGeenGezag",
            "GezagNietTeBepalen", "TweehoofdigOuderlijkGezag",
        ])
        guard case .unknown(let type, let minderjarige)? = persoon.gezag?.last else { Issue.record("expected unknown gezag"); return }
        #expect(type == "TweehoofdigOuderlijkGezag")
        #expect(minderjarige?.burgerservicenummer == "999970045")
        guard case .gezamenlijkGezag(let gezamenlijk)? = persoon.gezag?[2] else { return }
        #expect(gezamenlijk.derde == .onbekendeDerde)
        #expect(persoon.ouders?.map(\.ouderAanduiding) == [.ouder1, .unknown("3")])
        #expect(persoon.opschortingBijhouding?.reden?.code == "O")
        #expect(persoon.rni?.first?.omschrijvingVerdrag == "Verdrag")
        #expect(persoon.inOnderzoek?.isInOnderzoek("burgerservicenummer") == true)
        guard case .adres(let adres)? = persoon.verblijfplaats else { Issue.record("expected Adres"); return }
        #expect(adres.verblijfadres?.huisnummer == 31)
    }

    @Test func unknownVerblijfplaatsAndDatumTypes() throws {
        let json = #"""
            {"type":"RaadpleegMetBurgerservicenummer","personen":[
              {"verblijfplaats":{"type":"VerblijfplaatsInDeRuimte","baan":"LEO"},"geboorte":{"datum":{"type":"Sterrendatum","langFormaat":"sterrendatum 41153.7"}}},
              {"verblijfplaats":{"type":"Locatie","verblijfadres":{"locatiebeschrijving":"Woonwagen"}}},
              {"verblijfplaats":{"type":"VerblijfplaatsOnbekend","datumVan":{"type":"DatumOnbekend","onbekend":true,"langFormaat":"onbekend"}}},
              {"verblijfplaats":{"type":"VerblijfplaatsBuitenland","verblijfadres":{"regel1":"Rue 1","land":{"code":"5010","omschrijving":"België"}}}}]}
            """#
        let personen = try decode(PersonenQueryResponse<Persoon>.self, json).personen
        #expect(personen[0].verblijfplaats == .unknown(type: "VerblijfplaatsInDeRuimte"))
        #expect(personen[0].geboorte?.datum == .unknown(type: "Sterrendatum", langFormaat: "sterrendatum 41153.7"))
        #expect(personen.map { $0.verblijfplaats?.type } == ["VerblijfplaatsInDeRuimte", "Locatie", "VerblijfplaatsOnbekend", "VerblijfplaatsBuitenland"])
    }

    @Test func searchAnswersAndEmptyAnswers() throws {
        let beperkt = try decode(PersonenQueryResponse<PersoonBeperkt>.self, #"""
            {"type":"ZoekMetPostcodeEnHuisnummer","personen":[{"burgerservicenummer":"999993653","naam":{"volledigeNaam":"Suzanne Moulin"},
             "geboorte":{"datum":{"type":"Datum","datum":"1985-12-01","langFormaat":"1 december 1985"}},"leeftijd":40,
             "adressering":{"adresregel1":"Boterdiep 31","adresregel2":"3077 AW  ROTTERDAM"},"geheimhoudingPersoonsgegevens":true}]}
            """#)
        #expect(beperkt.personen.first?.geheimhoudingPersoonsgegevens == true)
        let leeg = try decode(PersonenQueryResponse<PersoonBeperkt>.self, #"{"type":"ZoekMetGeslachtsnaamEnGeboortedatum"}"#)
        #expect(leeg.personen.isEmpty)
        let gezag = try decode(PersonenQueryResponse<GezagPersoonBeperkt>.self, #"""
            {"type":"ZoekMetAdresseerbaarObjectIdentificatie","personen":[{"burgerservicenummer":"999990068",
             "gezag":[{"type":"EenhoofdigOuderlijkGezag","minderjarige":{"burgerservicenummer":"999990068","leeftijd":11},"ouder":{"burgerservicenummer":"999990056","naam":{"volledigeNaam":"Fatima el Amrani"}}}]}]}
            """#)
        #expect(gezag.personen.first?.gezag?.first?.minderjarige?.leeftijd == 11)
        #expect(gezag.personen.first?.persoonBeperkt.burgerservicenummer == "999990068")
    }

    @Test func reEncodingKeepsOfficialNamesAndTypes() throws {
        let persoon = try #require(try decode(PersonenQueryResponse<Persoon>.self, Self.raadpleeg).personen.first)
        let data = try JSONEncoder().encode(persoon)
        let again = try JSONDecoder().decode(Persoon.self, from: data)
        #expect(again == persoon)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let verblijfplaats = try #require(object["verblijfplaats"] as? [String: Any])
        #expect(verblijfplaats["type"] as? String == "Adres")
        #expect(verblijfplaats["nummeraanduidingIdentificatie"] as? String == "0599200000219678")
    }

    @Test func missingRequiredTypeIsADecodingErrorWithPath() async throws {
        let error = try #require(throws: OpenServicesError.self) {
            try ServiceResponse.decode(
                PersonenQueryResponse<Persoon>.self,
                from: Data(#"{"type":"RaadpleegMetBurgerservicenummer","personen":[{"geboorte":{"datum":{"datum":"1985-12-01"}}}]}"#.utf8),
                status: 200, context: OperationContext(service: "brp", operation: "personen.raadplegen"))
        }
        #expect(error.code == .decodingFailed)
        #expect(error.message.contains("personen[0].geboorte.datum.type"))
    }
}
