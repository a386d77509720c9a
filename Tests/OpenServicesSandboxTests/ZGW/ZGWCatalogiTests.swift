import Foundation
import OpenServicesSandbox
import Testing

@Suite("ZGW sandbox: Catalogi")
struct ZGWCatalogiTests {
    @Test("the status filter: definitief by default, concept, alles")
    func statusFilter() async throws {
        let zgw = ZGWTestSandbox()
        let standard = try await zgw.call(.get, "catalogi", "/zaaktypen")
        #expect(standard.status == .ok)
        #expect(Set(standard.results.compactMap { $0["omschrijving"] as? String }) == ["Melding openbare ruimte", "Aanvraag parkeervergunning"])
        #expect(try await zgw.call(.get, "catalogi", "/zaaktypen?status=concept").results.map { $0["identificatie"] as? String } == ["SBX-BZW"])
        #expect(try await zgw.call(.get, "catalogi", "/zaaktypen?status=alles")["count"] as? Int == 3)
        #expect(try await zgw.call(.get, "catalogi", "/zaaktypen?status=soms").invalid == ["status invalid_choice"])
        #expect(try await zgw.call(.get, "catalogi", "/statustypen?status=alles")["count"] as? Int == 7)
        #expect(try await zgw.call(.get, "catalogi", "/besluittypen")["count"] as? Int == 2)
    }

    @Test("every Catalogi collection lists and reads; filters by zaaktype; the catalogus has a valid RSIN")
    func collections() async throws {
        let zgw = ZGWTestSandbox()
        let catalogus = try await zgw.call(.get, "catalogi", zgw.url(ZGWSandbox.catalogus))
        #expect(catalogus.string("rsin") == ZGWSandbox.rsin)
        #expect(catalogus.string("domein") == "SBX")
        #expect((catalogus["zaaktypen"] as? [String])?.count == 3)
        let zaaktype = zgw.url(ZGWSandbox.zaaktypeMelding).addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        for (collection, count) in [("statustypen", 3), ("roltypen", 2), ("resultaattypen", 2), ("eigenschappen", 2)] {
            let answer = try await zgw.call(.get, "catalogi", "/\(collection)?zaaktype=\(zaaktype)")
            #expect(answer["count"] as? Int == count, "\(collection)")
        }
        let melding = try await zgw.call(.get, "catalogi", zgw.url(ZGWSandbox.zaaktypeMelding))
        #expect(melding.headers[.init("API-version")!] == "1.3.1")
        #expect((melding["statustypen"] as? [String])?.count == 3)
        #expect((melding["besluittypen"] as? [String]) == [zgw.url(ZGWSandbox.besluittypeMelding)])
        let eind = try await zgw.call(.get, "catalogi", zgw.url(ZGWSandbox.statustypeMeldingAfgehandeld))
        #expect(eind["isEindstatus"] as? Bool == true)
        #expect(try await zgw.call(.get, "catalogi", "/informatieobjecttypen")["count"] as? Int == 5)
        #expect(try await zgw.call(.get, "catalogi", "/catalogussen?domein=SBX")["count"] as? Int == 1)
        #expect(try await zgw.call(.get, "catalogi", "/roltypen?omschrijvingGeneriek=initiator")["count"] as? Int == 2)
        #expect(try await zgw.call(.post, "catalogi", "/zaaktypen", json: [:]).status == .methodNotAllowed)
        #expect(try await zgw.call(.get, "catalogi", "/zaaktypen/00000000-0000-4000-8000-000000000000").status == .notFound)
    }
}
