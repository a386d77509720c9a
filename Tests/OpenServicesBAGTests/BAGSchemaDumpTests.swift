import Foundation
import OpenServicesSandbox
import Testing

/// Writes raw sandbox answers to `$BAG_DUMP_DIR` so that they can be checked against the official
/// OpenAPI schema outside Swift (see Documentation/Services.md, "Conformance" under BAG). Skipped unless set.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["BAG_DUMP_DIR"] != nil))
struct BAGSchemaDumpTests {
    @Test func dumpAnswers() async throws {
        let directory = URL(fileURLWithPath: ProcessInfo.processInfo.environment["BAG_DUMP_DIR"]!)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var paths: [(String, String)] = [
            ("adressen-expand", "/adressen?woonplaatsNaam=Rotterdam&openbareRuimteNaam=Wijnhavenkade&pageSize=10&expand=true"),
            ("adressen-page2", "/adressen?q=Wijnhavenkade&pageSize=10&page=2"),
            ("adressen-empty", "/adressen?postcode=3011WK&huisnummer=99"),
            ("error-400", "/adressen?postcode=0123&huisnummer=x"),
            ("error-required", "/adressen"),
            ("error-404", "/panden/0599100000999999"),
            ("error-401", "/woonplaatsen/3086#nokey"),
        ]
        for (index, address) in SandboxAddresses.all.enumerated() {
            paths += [
                ("adres-\(index)", "/adressen/\(address.nummeraanduidingIdentificatie)?expand=true"),
                ("ao-\(index)", "/adresseerbareobjecten/\(address.adresseerbaarObjectIdentificatie)"),
                ("vbo-\(index)", "/verblijfsobjecten/\(address.adresseerbaarObjectIdentificatie)"),
                ("pand-\(index)", "/panden/\(address.pandIdentificatie)"),
                ("num-\(index)", "/nummeraanduidingen/\(address.nummeraanduidingIdentificatie)"),
                ("or-\(index)", "/openbareruimten/\(address.openbareRuimteIdentificatie)"),
                ("wpl-\(index)", "/woonplaatsen/\(address.woonplaatsIdentificatie)"),
            ]
        }
        for (name, path) in paths {
            let noKey = path.hasSuffix("#nokey")
            let clean = noKey ? String(path.dropLast(6)) : path
            let answer = try await BAGTestSupport.raw(clean, key: noKey ? nil : "test")
            let data = try JSONSerialization.data(withJSONObject: ["status": answer.status, "path": clean, "body": answer.json], options: [.sortedKeys])
            try data.write(to: directory.appending(path: "\(name).json"))
        }
    }
}
