import Foundation
import OpenServicesCore
import OpenServicesHTTP
import OpenServicesSandbox
import OpenServicesZGW
import Testing

/// Every Autorisaties operation against the sandbox over real HTTP.
@Suite(.serialized) struct AutorisatiesSandboxTests {
    @Test func applicatiesListGetAndLookUp() async throws {
        try await DocumentenSandboxClients.withServer { sandbox in
            let client = sandbox.autorisaties
            let page = try await client.applicaties(clientIds: [ZGWSandbox.clientID])
            #expect(page.results.count == 1)
            let applicatie = try #require(page.results.first)
            #expect(applicatie.clientIds.contains(ZGWSandbox.clientID))
            #expect(applicatie.url.url == sandbox.url(ZGWSandbox.applicatie))
            #expect(try await client.allApplicaties().items.collect().map(\.url).contains(applicatie.url))
            #expect(try await client.applicatie(try #require(UUID(uuidString: ZGWSandbox.applicatie.uuid))) == applicatie)
            #expect(try await client.applicatie(applicatie.url) == applicatie)
            #expect(try await client.applicatie(clientID: ZGWSandbox.clientID) == applicatie)
            #expect(try await client.applicaties(clientIds: ["onbekende-client"]).count == 0)
            let missing = try await #require(throws: OpenServicesError.self) { _ = try await client.applicatie(clientID: "onbekende-client") }
            #expect(missing.code == .notFound)
        }
    }

    @Test func aWrongSecretIsAnAuthenticationError() async throws {
        try await DocumentenSandboxClients.withServer { sandbox in
            let jwt = try ZGWJWTProvider(clientID: ZGWSandbox.clientID, secret: Secret("niet-het-geheim"))
            let client = AutorisatiesClient(
                pipeline: Pipeline(connector: HTTPConnector(), credentials: CredentialStage(jwt), retry: .none),
                baseURL: try #require(sandbox.roots["autorisaties"]))
            let error = try await #require(throws: OpenServicesError.self) { _ = try await client.applicatie(clientID: ZGWSandbox.clientID) }
            #expect(error.code == .unauthenticated)
            #expect(error.status?.code == 403)
        }
    }
}
