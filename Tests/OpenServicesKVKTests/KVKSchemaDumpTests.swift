import Foundation
import OpenServicesSandbox
import Testing

/// Writes raw sandbox answers to `$KVK_DUMP_DIR` so that they can be checked against the official
/// OpenAPI schemas outside Swift. Skipped unless set.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["KVK_DUMP_DIR"] != nil))
struct KVKSchemaDumpTests {
    @Test func dumpAnswers() async throws {
        let directory = URL(fileURLWithPath: ProcessInfo.processInfo.environment["KVK_DUMP_DIR"]!)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var paths: [(String, String)] = [
            ("zoeken-naam", "/v2/zoeken?naam=a&resultatenPerPagina=100"),
            ("zoeken-inactief", "/v2/zoeken?naam=Energie&inclusiefInactieveRegistraties=true"),
            ("zoeken-page2", "/v2/zoeken?plaats=Rotterdam&pagina=2&resultatenPerPagina=2"),
            ("error-ipd0004", "/v1/basisprofielen/123"),
            ("error-ipd0005", "/v1/basisprofielen/70000000"),
            ("error-ipd5200", "/v2/zoeken?naam=bestaatniet"),
            ("error-ipd0001", "/v1/basisprofielen/71000100"),
            ("error-ipd0006", "/v1/vestigingsprofielen/12"),
            ("error-paging", "/v2/zoeken?naam=a&resultatenPerPagina=101"),
        ]
        for number in ["71000011", "71000022", "71000033", "71000044", "71000055", "71000066", "71000077", "71000088", "71000099"] {
            paths += [
                ("basisprofiel-\(number)", "/v1/basisprofielen/\(number)?geoData=true"),
                ("eigenaar-\(number)", "/v1/basisprofielen/\(number)/eigenaar?geoData=true"),
                ("vestigingen-\(number)", "/v1/basisprofielen/\(number)/vestigingen"),
            ]
        }
        for number in ["000071000011", "000071000012", "000071000032", "000071000061", "000071000101"] {
            paths.append(("vestigingsprofiel-\(number)", "/v1/vestigingsprofielen/\(number)?geoData=true"))
        }
        for (name, path) in paths {
            let answer = try await KVKTestSupport.raw(path)
            let data = try JSONSerialization.data(withJSONObject: ["status": answer.status, "path": path, "body": answer.json], options: [.sortedKeys])
            try data.write(to: directory.appending(path: "\(name).json"))
        }
        let noKey = try await KVKTestSupport.raw("/v2/zoeken?naam=a", key: nil)
        try JSONSerialization.data(withJSONObject: ["status": noKey.status, "path": "/v2/zoeken?naam=a", "body": noKey.json], options: [.sortedKeys])
            .write(to: directory.appending(path: "error-401.json"))
    }
}
