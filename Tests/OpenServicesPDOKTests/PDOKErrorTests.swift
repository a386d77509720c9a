import Foundation
import HTTPTypes
import OpenServicesCore
import OpenServicesPDOK
import OpenServicesSandbox
import OpenServicesTesting
import Testing

/// The Locatieserver's two error shapes (validator text, Solr JSON) and client-side checks.
@Suite struct PDOKErrorTests {
    @Test func validatorErrorsArePlainText() async throws {
        let rows = try await PDOKTestSupport.raw("/free?q=Rotterdam&rows=101")
        #expect(rows.status == 400)
        #expect(rows.contentType?.hasPrefix("text/plain") == true)
        #expect(rows.body == "parameter \"rows\" in query has an error: number must be at most 100")
        let start = try await PDOKTestSupport.raw("/free?q=Rotterdam&start=10001")
        #expect(start.body.contains("\"start\""))
        let syntax = try await PDOKTestSupport.raw("/free?q=Rotterdam&rows=tien")
        #expect(syntax.body == "parameter \"rows\" in query has an error: value tien: an invalid integer: invalid syntax")
        #expect(try await PDOKTestSupport.raw("/suggest?rows=5").body.contains("\"q\""))
        #expect(try await PDOKTestSupport.raw("/suggest?q=a&fl=ID").status == 400)
        #expect(try await PDOKTestSupport.raw("/suggest?q=a&rows=3000").status == 200)
        #expect(try await PDOKTestSupport.raw("/lookup").status == 400)
        #expect(try await PDOKTestSupport.raw("/reverse?lat=abc&lon=4").status == 400)
        #expect(try await PDOKTestSupport.raw("/onbekend").status == 404)
    }

    @Test func solrErrorsAreNestedJSON() async throws {
        let raw = try await PDOKTestSupport.raw("/free?q=Rotterdam&fq=kleur:rood")
        #expect(raw.status == 400)
        let error = try #require(raw.json["error"] as? [String: Any])
        #expect(error["code"] as? Int == 400)
        #expect(error["msg"] as? String == "undefined field kleur")
        #expect((error["metadata"] as? [String])?.first == "error-class")
        let negative = try await PDOKTestSupport.raw("/free?q=Rotterdam&start=-1")
        #expect((negative.json["error"] as? [String: Any])?["msg"] as? String == "'start' parameter cannot be negative")
        #expect(try await PDOKTestSupport.raw("/reverse").status == 400)
    }

    @Test func serviceErrorsReachTheCaller() async throws {
        let pdok = PDOKTestSupport.client()
        let error = try await #require(throws: OpenServicesError.self) {
            _ = try await pdok.free("Rotterdam", filters: ["kleur:rood"])
        }
        #expect(error.code == .rejected)
        #expect(error.status?.code == 400)
        #expect(error.serviceError?.shape == .pdok)
        #expect(error.serviceError?.title == "undefined field kleur")
    }

    @Test func topLevelCodeMsgMapsInCore() {
        let details = ServiceErrorDetails(parsing: Array(#"{"code":400,"msg":"undefined field kleur"}"#.utf8))
        #expect(details?.shape == .pdok)
        #expect(details?.code == "400")
        #expect(details?.title == "undefined field kleur")
    }

    @Test func invalidInputFailsBeforeAnyRequest() async throws {
        let connector = ScriptedConnector([.json("{}")])
        let pdok = PDOKTestSupport.client(connector)
        let cases: [() async throws -> Void] = [
            { _ = try await pdok.free("  ") },
            { _ = try await pdok.free("Rotterdam", rows: 101) },
            { _ = try await pdok.free("Rotterdam", rows: 0) },
            { _ = try await pdok.free("Rotterdam", filters: [], fields: nil, start: 10_001, rows: 10, near: nil) },
            { _ = try pdok.freePages("Rotterdam", rows: 200) },
            { _ = try await pdok.suggest("Rotterdam", rows: 3_001) },
            { _ = try await pdok.lookup("") },
            { _ = try await pdok.reverse(.wgs84(latitude: 52, longitude: 5), types: [], distance: nil, fields: nil, start: -1, rows: 10) },
        ]
        for (index, run) in cases.enumerated() {
            let error = await #expect(throws: OpenServicesError.self, "case \(index)") { try await run() }
            #expect(error?.code == .invalidInput, "case \(index)")
        }
        #expect(connector.requests.isEmpty)
    }
}
