import Foundation
import HTTPTypes
import OpenServicesCore
import OpenServicesTesting
import Testing

@Suite("FSC outway connector")
struct FSCOutwayConnectorTests {
    @Test("calls go to the outway with the grant hash and one UUIDv7 transaction id per logical call")
    func routesThroughOutway() async throws {
        let outway = ScriptedConnector([.status(.serviceUnavailable), .json("{}")])
        let connector = try FSCOutwayConnector(
            outway: URL(string: "http://outway.test.local:8080/fsc")!, grantHash: "$1$4$grant-hash", wrapping: outway)
        let pipeline = Pipeline(connector: connector, retry: testRetryPolicy(), clock: TestClock())
        _ = try await pipeline.execute(getRequest("/lvbag/individuelebevragingen/v2/adressen?postcode=2631CR"), context: context())
        _ = try await pipeline.execute(getRequest(), context: context())

        let requests = outway.requests
        #expect(requests.count == 3)
        #expect(requests.allSatisfy { $0.head.scheme == "http" && $0.head.authority == "outway.test.local:8080" })
        #expect(requests[0].head.path == "/fsc/lvbag/individuelebevragingen/v2/adressen?postcode=2631CR")
        #expect(requests.allSatisfy { $0.head.headerFields[.fscGrantHash] == "$1$4$grant-hash" })
        let ids = requests.compactMap { $0.head.headerFields[.fscTransactionID] }
        #expect(ids.count == 3)
        #expect(ids[0] == ids[1], "a retry carries the same transaction id")
        #expect(ids[1] != ids[2], "a new logical call gets a new transaction id")
        let uuid = try #require(UUID(uuidString: ids[0]))
        #expect(uuid.uuid.6 >> 4 == 7, "version 7")
        #expect(uuid.uuid.8 >> 6 == 0b10, "RFC 9562 variant")
    }

    @Test("an Fsc-Error-Code response becomes an OpenServicesError with the FSC code")
    func mapsFSCErrors() async throws {
        let outway = ScriptedConnector([
            .json(#"{"message":"no valid grant for this peer","domain":"ERROR_DOMAIN_OUTWAY","code":"ERROR_CODE_ACCESS_DENIED"}"#,
                  status: .forbidden, headers: [.fscErrorCode: "ERROR_CODE_ACCESS_DENIED"])
        ])
        let connector = try FSCOutwayConnector(outway: URL(string: "http://outway.test.local:8080")!, grantHash: "h", wrapping: outway)
        let pipeline = Pipeline(connector: connector, retry: testRetryPolicy(), clock: TestClock())
        let error = try #require(await OpenServicesError.caught { _ = try await pipeline.execute(getRequest(), context: context()) })
        #expect(error.code == .forbidden)
        #expect(error.serviceError?.shape == .fsc)
        #expect(error.serviceError?.code == "ERROR_CODE_ACCESS_DENIED")
        #expect(error.serviceError?.title == "no valid grant for this peer")
        #expect(error.description.contains("ERROR_CODE_ACCESS_DENIED"))
        #expect(error.remediation?.contains("grant hash") == true)
    }

    @Test("a misconfigured outway fails before any call, naming the setting")
    func configuration() {
        #expect(throws: OpenServicesError.self) {
            try FSCOutwayConnector(outway: URL(string: "outway")!, grantHash: "h", wrapping: ScriptedConnector([.json("{}")]))
        }
        let error = #expect(throws: OpenServicesError.self) {
            try FSCOutwayConnector(outway: URL(string: "http://o:1")!, grantHash: "", wrapping: ScriptedConnector([.json("{}")]))
        }
        #expect(error?.remediation?.contains("FSC_GRANT_HASH") == true)
    }
}
