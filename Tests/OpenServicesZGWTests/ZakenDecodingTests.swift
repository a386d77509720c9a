import Foundation
import OpenServicesCore
import OpenServicesTesting
import OpenServicesZGW
import Testing

/// Decoding of spec-shaped Zaken answers: blank choices, typed betrokkenen, unknown types, masked BSNs.
@Suite struct ZakenDecodingTests {
    typealias S = ZGWTestSupport

    func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(json.utf8))
    }

    @Test func aZaakDecodesWithBlankChoicesAsAbsent() throws {
        let zaak = try decode(Zaak.self, S.zaakJSON())
        #expect(zaak.uuid == UUID(uuidString: S.zaakUUID))
        #expect(zaak.url.uuid == zaak.uuid)
        #expect(zaak.bronorganisatie.value == S.rsin)
        #expect(zaak.zaaktype.description == S.zaaktypeURL)
        #expect(zaak.betalingsindicatie == nil, "\"\" is a blank choice")
        #expect(zaak.archiefnominatie == nil)
        #expect(zaak.archiefstatus == .nogTeArchiveren)
        #expect(zaak.vertrouwelijkheidaanduiding == .zaakvertrouwelijk)
        #expect(zaak.hoofdzaak == nil)
        #expect(zaak.status?.description == S.statusURL)
        #expect(zaak.resultaat == nil)
        #expect(zaak.rollen.map(\.description) == [S.rolURL])
        #expect(zaak.eigenschappen.first?.uuid == UUID(uuidString: S.zaakeigenschapUUID))
        #expect(zaak.zaakgeometrie?["type"] == .string("Point"))
        #expect(zaak.kenmerken == [ZaakKenmerk(kenmerk: "LOKET-42", bron: "e-loket")])
        #expect(zaak.opschorting == Opschorting(indicatie: false, reden: ""))
    }

    @Test func emptyStringsForOptionalURLsIdentifiersAndEnumerationsDecodeAsNil() throws {
        let json = S.zaakJSON().replacingOccurrences(of: #""hoofdzaak":null"#, with: #""hoofdzaak":"""#)
            .replacingOccurrences(of: #""archiefnominatie":null"#, with: #""archiefnominatie":"""#)
        let zaak = try decode(Zaak.self, json)
        #expect(zaak.hoofdzaak == nil)
        #expect(zaak.archiefnominatie == nil)
        let status = try decode(Status.self, S.statusJSON())
        #expect(status.gezetdoor == nil)
        let persoon = try decode(RolNatuurlijkPersoon.self, #"{"inpBsn":"","geslachtsnaam":"Moulin"}"#)
        #expect(persoon.inpBsn == nil)
    }

    @Test func anUnknownEnumerationValueIsKept() throws {
        let json = S.zaakJSON().replacingOccurrences(of: #""archiefstatus":"nog_te_archiveren""#, with: #""archiefstatus":"in_depot""#)
        #expect(try decode(Zaak.self, json).archiefstatus?.rawValue == "in_depot")
    }

    @Test func aNatuurlijkPersoonRolDecodesTypedWithTheBSNMasked() throws {
        let rol = try decode(Rol.self, S.rolJSON())
        #expect(rol.betrokkeneType == .natuurlijkPersoon)
        #expect(rol.omschrijvingGeneriek == .initiator)
        #expect(rol.betrokkene == "")
        #expect(rol.contactpersoonRol?.naam == "S. Moulin")
        guard case .natuurlijkPersoon(let persoon) = rol.betrokkeneIdentificatie else {
            Issue.record("expected a natuurlijk persoon, got \(String(describing: rol.betrokkeneIdentificatie))")
            return
        }
        #expect(persoon.inpBsn?.value == S.bsn)
        #expect(persoon.geslachtsnaam == "Moulin")
        #expect(persoon.verblijfsadres?.aoaHuisnummer == 40)
        #expect(persoon.subVerblijfBuitenland == nil)
        for text in [String(describing: rol), String(reflecting: rol), "\(persoon)", String(describing: rol.betrokkeneIdentificatie)] {
            #expect(!text.contains(S.bsn), "the BSN must not appear in a description")
            #expect(text.contains("*****3653"))
        }
    }

    @Test func everyBetrokkeneTypeDecodesInItsOwnShape() throws {
        let cases: [(String, String)] = [
            ("niet_natuurlijk_persoon", #"{"innNnpId":"002564440","annIdentificatie":"","statutaireNaam":"Sandbox B.V.","innRechtsvorm":"besloten_vennootschap","bezoekadres":"","subVerblijfBuitenland":null}"#),
            ("vestiging", #"{"vestigingsNummer":"000071000011","handelsnaam":["Bakkerij Sandbox"],"verblijfsadres":null,"subVerblijfBuitenland":null,"kvkNummer":"71000011"}"#),
            ("organisatorische_eenheid", #"{"identificatie":"VERG","naam":"Vergunningen","isGehuisvestIn":""}"#),
            ("medewerker", #"{"identificatie":"mdw-042","achternaam":"Vries","voorletters":"A.","voorvoegselAchternaam":"de"}"#),
        ]
        for (type, identificatie) in cases {
            let rol = try decode(Rol.self, S.rolJSON(betrokkeneType: type, identificatie: identificatie))
            #expect(rol.betrokkeneIdentificatie?.betrokkeneType.rawValue == type)
            switch rol.betrokkeneIdentificatie {
            case .nietNatuurlijkPersoon(let nnp): #expect(nnp.statutaireNaam == "Sandbox B.V.")
            case .vestiging(let vestiging): #expect(vestiging.handelsnaam == ["Bakkerij Sandbox"])
            case .organisatorischeEenheid(let eenheid): #expect(eenheid.naam == "Vergunningen")
            case .medewerker(let medewerker): #expect(medewerker.achternaam == "Vries")
            default: Issue.record("\(type) decoded as \(String(describing: rol.betrokkeneIdentificatie))")
            }
            let again = try decode(Rol.self, String(decoding: try JSONEncoder().encode(rol), as: UTF8.self))
            #expect(again == rol, "a rol encodes back to the same JSON")
        }
    }

    @Test func anUnknownBetrokkeneTypeStaysDecodable() throws {
        let rol = try decode(Rol.self, S.rolJSON(betrokkeneType: "digitale_identiteit", identificatie: #"{"wallet":"abc"}"#))
        #expect(rol.betrokkeneType.rawValue == "digitale_identiteit")
        #expect(rol.betrokkeneIdentificatie == .other(type: "digitale_identiteit", .object(["wallet": .string("abc")])))
        let zonder = try decode(Rol.self, S.rolJSON(identificatie: "null"))
        #expect(zonder.betrokkeneIdentificatie == nil)
    }

    @Test func zaakObjectenDecodeTheirIdentificatieByObjectType() throws {
        let pand = try decode(ZaakObject.self, S.zaakobjectJSON(objectType: "pand", identificatie: #"{"identificatie":"0599100000012345"}"#))
        #expect(pand.objectType == .pand)
        #expect(pand.objectIdentificatie == .other(type: "pand", .object(["identificatie": .string("0599100000012345")])))
        let persoon = try decode(ZaakObject.self, S.zaakobjectJSON(objectType: "natuurlijk_persoon", identificatie: #"{"inpBsn":"\#(S.bsn)","geslachtsnaam":"Moulin"}"#))
        guard case .natuurlijkPersoon(let identificatie) = persoon.objectIdentificatie else {
            Issue.record("expected a natuurlijk persoon")
            return
        }
        #expect(identificatie.inpBsn?.value == S.bsn)
        #expect(!String(describing: persoon).contains(S.bsn))
    }

    @Test func freeFormJSONMasksNineDigitNumbersInItsDescription() throws {
        let audit = try decode(AuditTrail.self, S.audittrailJSON().replacingOccurrences(
            of: #""nieuw":{"#, with: #""nieuw":{"inpBsn":"\#(S.bsn)","#))
        #expect(audit.wijzigingen.nieuw?["inpBsn"] == .string(S.bsn))
        #expect(!String(describing: audit).contains(S.bsn))
        #expect(audit.resultaat == 201)
        #expect(audit.bron == "zrc")
    }

    @Test func theOtherResourcesDecode() throws {
        let resultaat = try decode(Resultaat.self, S.resultaatJSON())
        #expect(resultaat.resultaattype.description == S.resultaattypeURL)
        let zio = try decode(ZaakInformatieObject.self, S.zioJSON())
        #expect(zio.informatieobject.absoluteString == S.documentURL)
        #expect(zio.status == nil)
        #expect(zio.vernietigingsdatum == nil)
        let eigenschap = try decode(ZaakEigenschap.self, S.zaakeigenschapJSON())
        #expect(eigenschap.naam == "oppervlakte")
        #expect(eigenschap.eigenschap.description == S.eigenschapURL)
    }

    @Test func aResponseThatDoesNotDecodeNamesTheOperationAndPath() async throws {
        let broken = S.zaakJSON().replacingOccurrences(of: #""startdatum":"2026-03-02","#, with: "")
        let zaken = try S.zaken(ScriptedConnector([.json(broken)]))
        let error = try await #require(throws: OpenServicesError.self) { try await zaken.zaak(UUID(uuidString: S.zaakUUID)!) }
        #expect(error.code == .decodingFailed)
        #expect(error.message.contains("zaak_retrieve"))
        #expect(error.message.contains("startdatum"))
    }

    @Test func anInvalidRSINInAnAnswerIsADecodingErrorNotACrash() async throws {
        let broken = S.zaakJSON().replacingOccurrences(of: #""bronorganisatie":"\#(S.rsin)""#, with: #""bronorganisatie":"123456789""#)
        let zaken = try S.zaken(ScriptedConnector([.json(broken)]))
        let error = try await #require(throws: OpenServicesError.self) { try await zaken.zaak(UUID(uuidString: S.zaakUUID)!) }
        #expect(error.code == .decodingFailed)
        #expect(error.message.contains("bronorganisatie"))
    }
}
