import Foundation
import OpenServicesCore
import OpenServicesTesting
import Testing

@Suite("Decoding errors")
struct DecodingErrorTests {
    struct Persoon: Decodable {
        struct Geboorte: Decodable { var datum: String }
        var burgerservicenummer: String
        var geboorte: Geboorte
    }

    struct Antwoord: Decodable { var personen: [Persoon] }

    private func decode(_ outcome: ScriptedResponse) async -> OpenServicesError? {
        let pipeline = Pipeline(connector: ScriptedConnector([outcome]), retry: .none, clock: TestClock())
        let ctx = context("personen.raadplegen", service: "brp")
        return await OpenServicesError.caught {
            let response = try await pipeline.execute(getRequest(), context: ctx)
            _ = try await response.decode(Antwoord.self, context: ctx)
        }
    }

    @Test("a truncated body names the operation and the status")
    func truncated() async throws {
        let body = #"{"personen":[{"burgerservicenummer":"999993653","geboorte":{"datum":"1985-03-01"}}]}"#
        let error = try #require(await decode(.truncatedJSON(body, keeping: 40)))
        #expect(error.code == .decodingFailed)
        #expect(error.category == .decoding)
        #expect(error.message.contains("personen.raadplegen"))
        #expect(error.message.contains("HTTP 200"))
        #expect(!error.description.contains("999993653"))
    }

    @Test("a non-JSON body gives a decoding error")
    func malformed() async throws {
        let error = try #require(await decode(.malformedJSON()))
        #expect(error.code == .decodingFailed)
        #expect(error.message.contains("not valid JSON"))
    }

    @Test("a wrong type names the JSON path")
    func path() async throws {
        let error = try #require(await decode(.json(#"{"personen":[{"burgerservicenummer":"1","geboorte":{"datum":19850301}}]}"#, status: .ok)))
        #expect(error.message.contains("personen[0].geboorte.datum"))
        let missing = try #require(await decode(.json(#"{"personen":[{"burgerservicenummer":"1"}]}"#, status: .ok)))
        #expect(missing.message.contains("personen[0].geboorte"))
        #expect(missing.message.contains("missing"))
    }

    @Test("an empty body says so")
    func empty() async throws {
        let error = try #require(await decode(.status(.ok)))
        #expect(error.message.contains("empty"))
    }
}
