import Foundation
import Testing
@testable import OpenServicesPolicy

@Suite("Bundles and hot reload")
struct HotReloadTests {
    @Test func sha256KnownVectors() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(String(repeating: "a", count: 1000)).hasPrefix("41edece42d63e8d9bf515a9ba6932e1c"))
    }

    @Test func loadsAFolderAndRejectsInvalidBundles() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("policy-bundle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Fixtures.policies.write(to: dir.appendingPathComponent("brp.cedar"), atomically: true, encoding: .utf8)
        try Fixtures.schema.write(to: dir.appendingPathComponent("schema.cedarschema"), atomically: true, encoding: .utf8)
        try Fixtures.purposesJSON.write(to: dir.appendingPathComponent("purposes.json"), atomically: true, encoding: .utf8)
        try Fixtures.entitiesJSON.write(to: dir.appendingPathComponent("entities.json"), atomically: true, encoding: .utf8)
        let bundle = try PolicyBundle.load(path: dir.path)
        #expect(bundle.policies.count == 3)
        #expect(bundle.versionHash.count == 64)
        #expect(bundle.authorize(Fixtures.request(Fixtures.jan)).isAllowed)

        try "permit(principal, action, resource) when { 1 + };".write(to: dir.appendingPathComponent("kapot.cedar"), atomically: true, encoding: .utf8)
        do { _ = try PolicyBundle.load(path: dir.path); Issue.record("expected failure") } catch {
            #expect(error.problems.contains { $0.contains("kapot.cedar:1:") })
        }
    }

    @Test func reloadUnderConcurrentDecisions() async throws {
        let allowAll = try Fixtures.bundle()
        let denyAll = try Fixtures.bundle(policies: #"@id("alles-dicht") forbid(principal, action, resource);"#)
        let authorizer = Authorizer(bundle: allowAll)
        let request = Fixtures.request(Fixtures.jan)
        let results = await withTaskGroup(of: (Int, Int).self) { group in
            for _ in 0..<4 {
                group.addTask {
                    var allowed = 0, denied = 0
                    for _ in 0..<5_000 {
                        let d = authorizer.authorize(request)
                        if d.isAllowed { allowed += 1 } else {
                            // A deny must come entirely from the new bundle.
                            if d.reasons == ["policy0"] { denied += 1 }
                        }
                    }
                    return (allowed, denied)
                }
            }
            group.addTask {
                for i in 0..<200 { authorizer.reload(i % 2 == 0 ? denyAll : allowAll) }
                authorizer.reload(denyAll)
                return (0, 0)
            }
            var total = (0, 0)
            for await r in group { total.0 += r.0; total.1 += r.1 }
            return total
        }
        #expect(results.0 + results.1 == 20_000)
        #expect(!authorizer.authorize(request).isAllowed)
    }
}
