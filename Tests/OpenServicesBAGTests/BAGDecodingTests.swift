import Foundation
import HTTPTypes
import OpenServicesBAG
import OpenServicesCore
import Testing

/// Decoding documents written to the BAG IB 2.6 schemas, including values the SDK does not know.
@Suite struct BAGDecodingTests {
    static let adressenPage = #"""
    {
      "_links": {
        "self": {"href": "https://api.bag.kadaster.nl/lvbag/individuelebevragingen/v2/adressen?postcode=1234AB&huisnummer=5&page=1"},
        "next": {"href": "https://api.bag.kadaster.nl/lvbag/individuelebevragingen/v2/adressen?postcode=1234AB&huisnummer=5&page=2"}
      },
      "_embedded": {
        "adressen": [{
          "openbareRuimteNaam": "Proefstraat", "korteNaam": "Proefstr", "huisnummer": 5, "huisletter": "a",
          "huisnummertoevoeging": "2", "postcode": "1234AB", "woonplaatsNaam": "Proefdorp",
          "nummeraanduidingIdentificatie": "9999200000000051", "openbareRuimteIdentificatie": "9999300000000005",
          "woonplaatsIdentificatie": "9999", "adresseerbaarObjectIdentificatie": "9999010000000051",
          "pandIdentificaties": ["9999100000000051"], "indicatieNevenadres": false,
          "adresregel5": "Proefstraat 5a-2", "adresregel6": "1234 AB  PROEFDORP",
          "geconstateerd": {"woonplaats": false, "openbareRuimte": false, "nummeraanduiding": true},
          "inonderzoek": {"postcode": true, "toelichting": ["nieuw veld"]},
          "eenNieuwVeld": 42,
          "_links": {
            "self": {"href": "/adressen/9999200000000051"},
            "panden": [{"href": "/panden/9999100000000051"}, {"href": "/panden/9999100000000052", "title": "tweede"}]
          }
        }]
      }
    }
    """#

    @Test func adressenPageWithUnknownFields() throws {
        let page = try JSONDecoder().decode(HALCollection<BAGAdressen>.self, from: Data(Self.adressenPage.utf8))
        #expect(page.links?.next?.href.hasSuffix("page=2") == true)
        let adres = try #require(page.embedded?.adressen?.first)
        #expect(adres.huisletter == "a")
        #expect(adres.geconstateerd?.nummeraanduiding == true)
        #expect(adres._links?["panden"]?.links.count == 2)
        #expect(adres._links?.href("self") == "/adressen/9999200000000051")
        let again = try JSONDecoder().decode(BAGAdres.self, from: try JSONEncoder().encode(adres))
        #expect(again == adres)
    }

    static let verblijfsobject = #"""
    {
      "verblijfsobject": {
        "identificatie": "9999010000000051", "domein": "NL.IMBAG.Verblijfsobject",
        "heeftAlsHoofdAdres": "9999200000000051", "heeftAlsNevenAdres": ["9999200000000052"],
        "type": "Verblijfsobject",
        "geometrie": {"punt": {"type": "Point", "coordinates": [155000.5, 463000.25, 0.0]}},
        "gebruiksdoelen": ["woonfunctie", "dakterrasfunctie"], "oppervlakte": 75,
        "status": "Verblijfsobject in tijdelijke opslag", "geconstateerd": "J",
        "documentdatum": "2020-02-02", "documentnummer": "P-2020-1",
        "voorkomen": {"tijdstipRegistratie": "2020-02-03T10:00:00.000+01:00", "versie": 2, "beginGeldigheid": "2020-02-02",
                      "tijdstipRegistratieLV": "2020-02-03T10:01:00.000+01:00", "eindGeldigheid": "2030-01-01"},
        "maaktDeelUitVan": ["9999100000000051"]
      },
      "inonderzoek": [{"kenmerk": "oppervlakte", "identificatieVanVerblijfsobject": "9999010000000051", "inOnderzoek": "J",
                       "historie": {"tijdstipRegistratie": "2021-01-01T00:00:00.000+01:00", "beginGeldigheid": "2021-01-01",
                                    "tijdstipRegistratieLV": "2021-01-01T00:00:00.000+01:00"},
                       "documentdatum": "2021-01-01", "documentnummer": "O-1"}],
      "_links": {"self": {"href": "/verblijfsobjecten/9999010000000051"}, "maaktDeelUitVan": [{"href": "/panden/9999100000000051"}]}
    }
    """#

    @Test func unknownEnumValuesAreKept() throws {
        let io = try JSONDecoder().decode(BAGVerblijfsobjectIO.self, from: Data(Self.verblijfsobject.utf8))
        let vbo = io.verblijfsobject
        #expect(vbo.gebruiksdoelen == [.woonfunctie, BAGGebruiksdoel(rawValue: "dakterrasfunctie")])
        #expect(vbo.gebruiksdoelen[1].isKnown == false)
        #expect(vbo.status.rawValue == "Verblijfsobject in tijdelijke opslag")
        #expect(!vbo.status.isKnown)
        #expect(vbo.geconstateerd == .ja)
        #expect(vbo.geometrie.punt?.x == 155_000.5)
        #expect(vbo.voorkomen.versie == 2)
        #expect(io.inonderzoek?.first?.kenmerk == "oppervlakte")
        let encoded = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(io)) as? [String: Any]
        let member = encoded?["verblijfsobject"] as? [String: Any]
        #expect(member?["status"] as? String == "Verblijfsobject in tijdelijke opslag")
    }

    @Test func pandPolygonAndAdresseerbaarObjectLigplaats() throws {
        let pand = try JSONDecoder().decode(BAGPandIO.self, from: Data(#"""
        {"pand": {"identificatie": "9999100000000051", "domein": "NL.IMBAG.Pand",
          "geometrie": {"type": "Polygon", "coordinates": [[[1.0, 2.0, 0], [3.0, 2.0, 0], [3.0, 4.0, 0], [1.0, 2.0, 0]]]},
          "oorspronkelijkBouwjaar": "1999", "status": "Pand in gebruik", "geconstateerd": "N",
          "documentdatum": "1999-01-01", "documentnummer": "B-1",
          "voorkomen": {"tijdstipRegistratie": "1999-01-01T00:00:00.000+01:00", "versie": 1, "beginGeldigheid": "1999-01-01", "tijdstipRegistratieLV": "1999-01-01T00:00:00.000+01:00"}},
         "_links": {"self": {"href": "/panden/9999100000000051"}}}
        """#.utf8))
        #expect(pand.pand.geometrie.x == 1.0)
        #expect(pand.pand.geometrie.y == 2.0)
        #expect(pand.pand.status == .inGebruik)

        let object = try JSONDecoder().decode(BAGAdresseerbaarObject.self, from: Data(#"""
        {"_links": {"self": {"href": "/adresseerbareobjecten/9999020000000001"}},
         "ligplaats": {"ligplaats": {"identificatie": "9999020000000001", "domein": "NL.IMBAG.Ligplaats",
           "heeftAlsHoofdAdres": "9999200000000061", "status": "Plaats aangewezen", "geconstateerd": "N",
           "documentdatum": "2001-01-01", "documentnummer": "L-1",
           "voorkomen": {"tijdstipRegistratie": "2001-01-01T00:00:00.000+01:00", "versie": 1, "beginGeldigheid": "2001-01-01", "tijdstipRegistratieLV": "2001-01-01T00:00:00.000+01:00"}}}}
        """#.utf8))
        #expect(object.identificatie == "9999020000000001")
        #expect(object.verblijfsobject == nil)
        #expect(object.ligplaats?.ligplaats.status == .aangewezen)
    }

    @Test func missingRequiredFieldIsADecodingError() async throws {
        let response = ServiceResponse(status: .ok, body: Data(#"{"woonplaats": {"identificatie": "3086"}}"#.utf8))
        let error = await #expect(throws: OpenServicesError.self) {
            _ = try await response.decode(BAGWoonplaatsIO.self, context: OperationContext(service: "bag", operation: "woonplaatsen.raadplegen"))
        }
        #expect(error?.code == .decodingFailed)
    }

    @Test func rateLimitHeaders() {
        var headers = HTTPFields()
        headers[HTTPField.Name("X-RateLimit-Limit")!] = "100"
        headers[HTTPField.Name("X-RateLimit-Remaining")!] = " 7"
        #expect(BAGRateLimit(headers: headers) == BAGRateLimit(limit: 100, remaining: 7))
        #expect(BAGRateLimit(headers: [:]) == nil)
    }

    @Test func expandParameter() {
        #expect(BAGExpand.all.parameterValue == "openbareRuimte,nummeraanduiding,woonplaats,adresseerbaarObject,panden")
        #expect(BAGExpand([]).parameterValue == nil)
    }
}
