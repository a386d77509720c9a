import Foundation
import OpenServicesCore
import OpenServicesPDOK
import Testing

/// Decoding Locatieserver answers written to the v3_1 schema, with unknown types and WKT points.
@Suite struct PDOKDecodingTests {
    @Test func freeAnswerWithEveryKindOfDocument() throws {
        let json = #"""
        {"response": {"numFound": 4, "start": 0, "maxScore": 9.5, "numFoundExact": true, "docs": [
          {"id": "adr-0001", "type": "adres", "weergavenaam": "Proefstraat 5a, 1234AB Proefdorp", "huisnummer": 5, "huisletter": "a",
           "huis_nlt": "5a", "postcode": "1234AB", "centroide_ll": "POINT(5.12345678 52.0987654)", "centroide_rd": "POINT(155000.5 463000)",
           "gekoppeld_perceel": ["PRF00-A-1"], "score": 9.5},
          {"id": "pcl-0002", "type": "perceel", "weergavenaam": "Proefdorp A 1", "kadastrale_sectie": "A", "perceelnummer": 1, "kadastrale_grootte": 250.5},
          {"id": "hmp-0003", "type": "hectometerpaal", "weergavenaam": "A2 12,3"},
          {"id": "new-0004", "type": "laadpaal", "weergavenaam": "Laadpaal 1", "onbekendVeld": {"x": 1}}
        ]}}
        """#
        let page = try JSONDecoder().decode(PDOKSearchResult.self, from: Data(json.utf8))
        #expect(page.response.numFound == 4)
        #expect(page.response.numFoundExact == true)
        let adres = page.response.docs[0]
        #expect(adres.type == .adres)
        #expect(adres.centroide_ll?.longitude == 5.12345678)
        #expect(adres.centroide_ll?.latitude == 52.0987654)
        #expect(adres.centroide_rd == PDOKPoint(x: 155_000.5, y: 463_000))
        #expect(page.response.docs[1].type == .perceel)
        #expect(page.response.docs[1].kadastrale_grootte == 250.5)
        #expect(page.response.docs[2].type == .hectometerpaal)
        #expect(page.response.docs[3].type == .unknown("laadpaal"))
        let encoded = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(page.response.docs[3])) as? [String: Any]
        #expect(encoded?["type"] as? String == "laadpaal")
        #expect(try JSONSerialization.jsonObject(with: try JSONEncoder().encode(adres)) as? [String: Any] != nil)
    }

    @Test func suggestAnswerWithHighlightingAndSpellcheck() throws {
        let json = #"""
        {"response": {"numFound": 1, "start": 0, "maxScore": 3.1, "docs": [{"id": "adr-1", "type": "adres", "weergavenaam": "Proefstraat 5", "score": 3.1}]},
         "highlighting": {"adr-1": {"suggest": ["<b>Proefstraat</b> 5"]}},
         "spellcheck": {"suggestions": ["proefstrat", {"numFound": 1, "startOffset": 0, "endOffset": 10, "suggestion": ["proefstraat"]}],
                        "collations": ["collation", {"collationQuery": "proefstraat", "hits": 3, "misspellingsAndCorrections": ["proefstrat", "proefstraat"]}]}}
        """#
        let result = try JSONDecoder().decode(PDOKSuggestResult.self, from: Data(json.utf8))
        #expect(result.highlighting?["adr-1"]?.suggest == ["<b>Proefstraat</b> 5"])
        #expect(result.spellcheck?.suggestions?.first == .text("proefstrat"))
        guard case .collation(let collation)? = result.spellcheck?.collations?.last else {
            Issue.record("no collation")
            return
        }
        #expect(collation.hits == 3)
        let again = try JSONDecoder().decode(PDOKSuggestResult.self, from: try JSONEncoder().encode(result))
        #expect(again == result)
    }

    @Test func wktPoints() throws {
        #expect(try PDOKPoint(wkt: "POINT(4.48 51.91)") == PDOKPoint(x: 4.48, y: 51.91))
        #expect(try PDOKPoint(wkt: " point( 93270  436880 ) ").wkt == "POINT(93270 436880)")
        #expect(throws: PDOKPoint.ParseError.self) { _ = try PDOKPoint(wkt: "POLYGON((1 2, 3 4))") }
        #expect(throws: PDOKPoint.ParseError.self) { _ = try PDOKPoint(wkt: "POINT(4.48)") }
        #expect(throws: DecodingError.self) { _ = try JSONDecoder().decode(PDOKPoint.self, from: Data(#""POINT(x y)""#.utf8)) }
    }

    @Test func documentTypes() {
        #expect(PDOKDocumentType(rawValue: "woonplaats") == .woonplaats)
        #expect(PDOKDocumentType(rawValue: "iets").rawValue == "iets")
        #expect(PDOKDocumentType.known.count == 12)
    }
}
