import Foundation
import Testing
@testable import OpenServicesPolicy

@Suite("Conformance runner")
struct ConformanceRunnerTests {
    @Test func runsAManifestAndReportsMismatches() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("conformance-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try """
        permit(principal == User::"alice", action == Action::"view", resource) when { context.ip.isInRange(ip("10.0.0.0/8")) };
        forbid(principal, action, resource) when { resource.private };
        """.write(to: dir.appendingPathComponent("p.cedar"), atomically: true, encoding: .utf8)
        try """
        entity User; entity Photo = { private: Bool };
        action view appliesTo { principal: [User], resource: [Photo], context: { ip: ipaddr } };
        """.write(to: dir.appendingPathComponent("s.cedarschema"), atomically: true, encoding: .utf8)
        try """
        [{"uid": {"type": "Photo", "id": "p"}, "attrs": {"private": false}, "parents": []},
         {"uid": {"type": "User", "id": "alice"}, "attrs": {}, "parents": []}]
        """.write(to: dir.appendingPathComponent("e.json"), atomically: true, encoding: .utf8)
        func request(_ ip: String, _ decision: String, _ reason: [String]) -> String {
            """
            {"description": "ip \(ip)", "principal": {"type": "User", "id": "alice"}, "action": {"type": "Action", "id": "view"},
             "resource": {"type": "Photo", "id": "p"}, "context": {"ip": "\(ip)"}, "decision": "\(decision)",
             "reason": [\(reason.map { "\"\($0)\"" }.joined(separator: ","))], "errors": []}
            """
        }
        let manifest = """
        {"policies": "p.cedar", "schema": "s.cedarschema", "entities": "e.json", "shouldValidate": true,
         "requests": [\(request("10.1.2.3", "allow", ["policy0"])), \(request("192.168.0.1", "deny", [])), \(request("10.0.0.1", "deny", []))]}
        """
        let path = dir.appendingPathComponent("m.json").path
        try manifest.write(toFile: path, atomically: true, encoding: .utf8)
        let result = ConformanceRunner(root: dir.path).run(manifest: path)
        #expect(result.passed == 2)
        #expect(result.failed == 1)
        #expect(result.mismatches.first?.detail.contains("decision allow, expected deny") == true)
    }
}
