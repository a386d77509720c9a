import Foundation
import OpenServicesBRP
import OpenServicesCore
import OpenServicesSandbox
import OpenServicesTesting
import Testing

/// Writes raw sandbox answers to `$BRP_DUMP_DIR` so that they can be checked against the official
/// OpenAPI schema outside Swift (see Documentation/Services.md, "Conformance" under BRP). Skipped unless set.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["BRP_DUMP_DIR"] != nil))
struct BRPSchemaDumpTests {
    static let everything = #"["aNummer","burgerservicenummer","datumEersteInschrijvingGBA","datumInschrijvingInGemeente","gemeenteVanInschrijving","geslacht","gezag","indicatieCurateleRegister","leeftijd","adressering","europeesKiesrecht","geboorte","immigratie","naam","nationaliteiten","overlijden","uitsluitingKiesrecht","verblijfstitel","kinderen","ouders","partners","verblijfplaats"]"#

    @Test func dumpAnswers() async throws {
        let directory = URL(fileURLWithPath: ProcessInfo.processInfo.environment["BRP_DUMP_DIR"]!)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let bsns = BRPSandboxPersons.bsns
        var bodies: [(String, String)] = []
        for start in stride(from: 0, to: bsns.count, by: 20) {
            let batch = bsns[start..<min(start + 20, bsns.count)].map { "\"\($0)\"" }.joined(separator: ",")
            bodies.append(("raadpleeg-\(start)", #"{"type":"RaadpleegMetBurgerservicenummer","burgerservicenummer":[\#(batch)],"fields":\#(Self.everything)}"#))
        }
        let beperkt = #"["burgerservicenummer","naam","geboorte","geslacht","leeftijd","adressering"]"#
        for (index, address) in SandboxAddresses.all.enumerated() {
            bodies.append(("postcode-\(index)", #"{"type":"ZoekMetPostcodeEnHuisnummer","postcode":"\#(address.postcode)","huisnummer":\#(address.huisnummer),"inclusiefOverledenPersonen":true,"fields":\#(beperkt)}"#))
            bodies.append(("aoid-\(index)", #"{"type":"ZoekMetAdresseerbaarObjectIdentificatie","adresseerbaarObjectIdentificatie":"\#(address.adresseerbaarObjectIdentificatie)","fields":["burgerservicenummer","naam","geboorte","gezag","adressering"]}"#))
        }
        bodies.append(("naam", #"{"type":"ZoekMetGeslachtsnaamEnGeboortedatum","geslachtsnaam":"Bultenaar","geboortedatum":"2000-04-01","fields":\#(beperkt)}"#))
        bodies.append(("error-voornamen", #"{"type":"ZoekMetNaamEnGemeenteVanInschrijving","geslachtsnaam":"Amrani","voornamen":"*","gemeenteVanInschrijving":"0599","fields":\#(beperkt)}"#))
        bodies.append(("gemeente-ok", #"{"type":"ZoekMetNaamEnGemeenteVanInschrijving","geslachtsnaam":"Amrani","voornamen":"Yasmin","gemeenteVanInschrijving":"0599","fields":\#(beperkt)}"#))
        bodies.append(("straat", #"{"type":"ZoekMetStraatHuisnummerEnGemeenteVanInschrijving","straat":"Spuikade","huisnummer":70,"gemeenteVanInschrijving":"0518","fields":\#(beperkt)}"#))
        bodies.append(("nummeraanduiding", #"{"type":"ZoekMetNummeraanduidingIdentificatie","nummeraanduidingIdentificatie":"\#(SandboxAddresses.all[0].nummeraanduidingIdentificatie)","fields":\#(beperkt)}"#))
        bodies.append(("error-toomany", #"{"type":"ZoekMetStraatHuisnummerEnGemeenteVanInschrijving","straat":"Breestraatsteeg","huisnummer":40,"gemeenteVanInschrijving":"0546","fields":["naam"]}"#))
        bodies.append(("error-fields", #"{"type":"RaadpleegMetBurgerservicenummer","burgerservicenummer":["999993653"],"fields":["inOnderzoek","bestaatNiet"]}"#))
        bodies.append(("error-combination", #"{"type":"ZoekMetPostcodeEnHuisnummer","fields":["naam"]}"#))
        for (name, body) in bodies {
            let request = try await BRPTestSupport.raw(body)
            let data = try JSONSerialization.data(withJSONObject: ["status": request.status, "body": request.json], options: [.sortedKeys])
            try data.write(to: directory.appending(path: "\(name).json"))
        }
    }

    @Test func dumpClientRequests() async throws {
        let directory = URL(fileURLWithPath: ProcessInfo.processInfo.environment["BRP_DUMP_DIR"]!)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let connector = ScriptedConnector([.json(#"{"type":"RaadpleegMetBurgerservicenummer","personen":[]}"#)])
        let brp = BRPClient(pipeline: Pipeline(connector: connector, clock: TestClock()), baseURL: URL(string: "https://example.invalid/brp")!)
        let address = SandboxAddresses.all[1]
        _ = try await brp.persons(try ["999993653", "999990019"].map(BSN.init), fields: ["naam", "geboorte.datum"], gemeenteVanInschrijving: "0599")
        _ = try await brp.search(.surnameAndBirthDate(geslachtsnaam: "Moul*", geboortedatum: "1985-12-01", geslacht: "V", voorvoegsel: "de",
                                                     voornamen: "Suz*", inclusiefOverledenPersonen: true, gemeenteVanInschrijving: "0599"), fields: ["naam"])
        _ = try await brp.search(.nameAndMunicipality(geslachtsnaam: "Moulin", voornamen: "Suzanne", gemeenteVanInschrijving: "0599",
                                                     geslacht: "v", voorvoegsel: "van der", inclusiefOverledenPersonen: true), fields: ["naam"])
        _ = try await brp.search(.postcodeAndHouseNumber(postcode: try Postcode(address.postcode), huisnummer: address.huisnummer, huisletter: "A",
                                                        huisnummertoevoeging: "2", geboortedatum: "2015-05-23", geslachtsnaam: "Amrani",
                                                        inclusiefOverledenPersonen: true, gemeenteVanInschrijving: "0599"), fields: ["naam"])
        _ = try await brp.search(.streetHouseNumberAndMunicipality(straat: "Lijnbaan*", huisnummer: 7, gemeenteVanInschrijving: "0599",
                                                                  huisletter: "A", huisnummertoevoeging: "2", inclusiefOverledenPersonen: true), fields: ["naam"])
        _ = try await brp.search(.nummeraanduiding(try BAGIdentifier(address.nummeraanduidingIdentificatie), inclusiefOverledenPersonen: true,
                                                  gemeenteVanInschrijving: "0599"), fields: ["naam"])
        _ = try await brp.residents(adresseerbaarObjectIdentificatie: try BAGIdentifier(address.adresseerbaarObjectIdentificatie),
                                    fields: ["naam", "gezag"], inclusiefOverledenPersonen: true, gemeenteVanInschrijving: "0599")
        for (index, request) in connector.requests.enumerated() {
            let body = try JSONSerialization.jsonObject(with: request.body ?? Data())
            let data = try JSONSerialization.data(withJSONObject: ["request": body, "path": request.head.path ?? ""], options: [.sortedKeys])
            try data.write(to: directory.appending(path: "request-\(index).json"))
        }
    }
}
