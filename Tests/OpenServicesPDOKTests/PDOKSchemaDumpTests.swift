import Foundation
import OpenServicesSandbox
import Testing

/// Writes raw sandbox answers to `$PDOK_DUMP_DIR` so that they can be checked against the official
/// OpenAPI schema outside Swift. Skipped unless set.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["PDOK_DUMP_DIR"] != nil))
struct PDOKSchemaDumpTests {
    @Test func dumpAnswers() async throws {
        let directory = URL(fileURLWithPath: ProcessInfo.processInfo.environment["PDOK_DUMP_DIR"]!)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var paths: [(String, String)] = [
            ("free-rotterdam", "/free?q=Rotterdam&rows=100"),
            ("free-fl-all", "/free?q=Rotterdam&fl=*&rows=100"),
            ("free-empty", "/free?q=bestaatniet"),
            ("suggest", "/suggest?q=wijnhavenk"),
            ("suggest-typo", "/suggest?q=wijnhafenkade"),
            ("reverse-ll", "/reverse?lat=51.9166&lon=4.4862&type=*&rows=100"),
            ("reverse-rd", "/reverse?X=93270&Y=436880&distance=1000"),
            ("error-solr", "/free?q=a&fq=kleur:rood"),
        ]
        for (index, address) in SandboxAddresses.all.enumerated() {
            paths.append(("free-\(index)", "/free?q=\(address.postcode)%20\(address.huisnummer)&fq=type:adres"))
        }
        for (name, path) in paths {
            let answer = try await PDOKTestSupport.raw(path)
            let data = try JSONSerialization.data(withJSONObject: ["status": answer.status, "path": path, "body": answer.json], options: [.sortedKeys])
            try data.write(to: directory.appending(path: "\(name).json"))
        }
        let id = try await PDOKTestSupport.raw("/free?q=Wijnhavenkade%2012&fq=type:adres")
        let doc = ((id.json["response"] as? [String: Any])?["docs"] as? [[String: Any]])?.first?["id"] as? String ?? ""
        let lookup = try await PDOKTestSupport.raw("/lookup?id=\(doc)")
        try JSONSerialization.data(withJSONObject: ["status": lookup.status, "path": "/lookup", "body": lookup.json], options: [.sortedKeys])
            .write(to: directory.appending(path: "lookup.json"))
    }
}
