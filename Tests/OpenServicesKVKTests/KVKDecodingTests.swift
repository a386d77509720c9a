import Foundation
import OpenServicesCore
import OpenServicesKVK
import Testing

/// Decoding documents written to the KVK schemas, including both link shapes and unknown values.
@Suite struct KVKDecodingTests {
    @Test func zoekenWithHALLinksObjectAndUnknownType() throws {
        let json = #"""
        {"pagina": 1, "resultatenPerPagina": 10, "totaal": 2,
         "resultaten": [
           {"kvkNummer": "12345678", "naam": "Proef B.V.", "type": "rechtspersoon", "actief": "Ja",
            "adres": {"buitenlandsAdres": {"type": "bezoekadres", "straatHuisnummer": "1 Rue d'Essai", "postcodeWoonplaats": "75001 Parijs", "land": "Frankrijk"}},
            "_links": {"basisprofiel": {"href": "https://api.kvk.nl/api/v1/basisprofielen/12345678"}}},
           {"kvkNummer": "12345678", "vestigingsnummer": "000012345678", "naam": "Proef", "type": "filiaal",
            "adres": {"binnenlandsAdres": {"type": "postadres", "postbusnummer": 123, "postcode": "1234AB", "plaats": "Proefdorp"}},
            "links": [{"rel": "vestigingsprofiel", "href": "https://api.kvk.nl/api/v1/vestigingsprofielen/000012345678"}]}
         ],
         "_links": {"self": {"href": "https://api.kvk.nl/api/v2/zoeken?naam=proef"}}}
        """#
        let page = try JSONDecoder().decode(KVKPage<KVKResultaatItem>.self, from: Data(json.utf8))
        #expect(page.totaal == 2)
        #expect(page.resultaten[0]._links?.href("basisprofiel")?.hasSuffix("12345678") == true)
        #expect(page.resultaten[0]._links?.isObject == true)
        #expect(page.resultaten[0].adres?.buitenlandsAdres?.land == "Frankrijk")
        #expect(page.resultaten[1].type == KVKResultaatType(rawValue: "filiaal"))
        #expect(page.resultaten[1].type?.isKnown == false)
        #expect(page.resultaten[1].links?.href("vestigingsprofiel") != nil)
        #expect(page.resultaten[1].allLinks.count == 1)
        #expect(page.resultaten[1].adres?.binnenlandsAdres?.postbusnummer == 123)
        let roundTrip = try JSONDecoder().decode(KVKResultaatItem.self, from: try JSONEncoder().encode(page.resultaten[0]))
        #expect(roundTrip == page.resultaten[0])
    }

    @Test func basisprofielWithEmbeddedContainer() throws {
        let json = #"""
        {"kvkNummer": "12345678", "indNonMailing": "Ja", "naam": "Proef B.V.", "formeleRegistratiedatum": "20200101",
         "materieleRegistratie": {"datumAanvang": "20200101"}, "totaalWerkzamePersonen": 3, "statutaireNaam": "Proef B.V.",
         "handelsnamen": [{"naam": "Proef", "volgorde": 1}], "sbiActiviteiten": [{"sbiCode": "6201", "sbiOmschrijving": "Ontwikkelen", "indHoofdactiviteit": "Ja"}],
         "links": [{"rel": "self", "href": "https://api.kvk.nl/api/v1/basisprofielen/12345678"}],
         "_embedded": {
           "hoofdvestiging": {"vestigingsnummer": "000012345678", "kvkNummer": "12345678", "eersteHandelsnaam": "Proef", "indHoofdvestiging": "Ja",
             "adressen": [{"type": "bezoekadres", "straatnaam": "Proefstraat", "huisnummer": 1, "postcode": "1234AB", "plaats": "Proefdorp",
               "geoData": {"addresseerbaarObjectId": "9999010000000001", "nummerAanduidingId": "9999200000000001", "gpsLatitude": 52.1, "gpsLongitude": 5.1, "rijksdriehoekX": 155000.0, "rijksdriehoekY": 463000.0, "rijksdriehoekZ": 0.0}}],
             "nieuwVeld": {"x": 1}},
           "eigenaar": {"rsin": "850123409", "rechtsvorm": "BeslotenVennootschap", "uitgebreideRechtsvorm": "Besloten Vennootschap"}}}
        """#
        let profiel = try JSONDecoder().decode(KVKBasisprofiel.self, from: Data(json.utf8))
        #expect(profiel._embedded?.hoofdvestiging?.adressen?.first?.geoData?.addresseerbaarObjectId == "9999010000000001")
        #expect(profiel._embedded?.eigenaar?.rsin == "850123409")
        #expect(profiel.links?.href("self") != nil)
    }

    @Test func foutBodyMapsInCore() {
        let details = ServiceErrorDetails(parsing: Array(#"{"fout":[{"code":"IPD0004","omschrijving":"Het KVK-nummer 1234 is niet valide."}]}"#.utf8))
        #expect(details?.shape == .kvkFout)
        #expect(details?.code == "IPD0004")
        #expect(details?.title == "Het KVK-nummer 1234 is niet valide.")
    }

    @Test func wrongTypeIsADecodingError() async throws {
        let response = ServiceResponse(status: .ok, body: Data(#"{"resultaten": [{"naam": 5}]}"#.utf8))
        let error = await #expect(throws: OpenServicesError.self) {
            _ = try await response.decode(KVKPage<KVKResultaatItem>.self, context: OperationContext(service: "kvk", operation: "zoeken"))
        }
        #expect(error?.code == .decodingFailed)
        #expect(error?.message.contains("resultaten[0].naam") == true)
    }
}
