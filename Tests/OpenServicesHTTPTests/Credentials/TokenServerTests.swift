import Foundation
import HTTPTypes
import OpenServicesCore
import OpenServicesHTTP
import OpenServicesTesting
import Testing

@Suite("OAuth2 against a token server on loopback")
struct TokenServerTests {
    static let secret = "loopback-CLIENT-secret"

    static func settings(_ server: TokenServer) -> OAuth2ClientCredentials {
        OAuth2ClientCredentials(
            tokenURL: server.tokenURL, clientID: "gemeente-test", clientSecret: Secret(secret), scope: "brp",
            extraParameters: ["resourceServer": "ResourceServer01"])
    }

    @Test("100 concurrent calls on a cold cache cause exactly one token request")
    func singleFlight() async throws {
        let server = try await TokenServer.start()
        defer { server.stop() }
        server.set(delay: .milliseconds(200))
        let provider = OAuth2ClientCredentialsProvider(Self.settings(server), connector: HTTPConnector())
        let context = OperationContext(service: "brp", operation: "personen.raadplegen")
        try await withThrowingTaskGroup(of: String?.self) { group in
            for _ in 0..<100 { group.addTask { try await provider.credential(for: context).headerFields[.authorization] } }
            for try await header in group { #expect(header == "Bearer tok-1") }
        }
        #expect(server.grants == 1)
        #expect(server.forms.first?.contains("grant_type=client_credentials") == true)
        #expect(server.forms.first?.contains("resourceServer=ResourceServer01") == true)
    }

    @Test("refresh before expiry; a refresh failure while valid keeps calls working; recovery; expired and failing is an error")
    func lifecycle() async throws {
        let server = try await TokenServer.start()
        defer { server.stop() }
        server.set(expiresIn: 120)
        let clock = TestClock()
        let provider = OAuth2ClientCredentialsProvider(
            Self.settings(server), connector: HTTPConnector(), refreshMargin: .seconds(30), clock: clock)
        let pipeline = Pipeline(connector: HTTPConnector(), credentials: CredentialStage(provider), clock: clock)
        let context = OperationContext(service: "brp", operation: "personen.raadplegen")
        let request = ServiceRequest(method: .get, url: server.resourceURL)

        #expect(try await pipeline.execute(request, context: context).status == .ok)
        #expect(server.grants == 1)

        // Inside the refresh margin: the next call refreshes first.
        clock.advance(by: .seconds(95))
        #expect(try await pipeline.execute(request, context: context).status == .ok)
        #expect(server.grants == 2)

        // The endpoint fails while the token (granted at 95 s, valid to 215 s) is still valid: calls keep working.
        server.set(mode: .unavailable)
        clock.advance(by: .seconds(100))  // 195 s: in the margin
        for _ in 0..<3 { #expect(try await pipeline.execute(request, context: context).status == .ok) }
        #expect(server.grants == 2)

        // The endpoint recovers: after the backoff the provider refreshes again.
        server.set(mode: .grant)
        clock.advance(by: .seconds(5))
        #expect(try await pipeline.execute(request, context: context).status == .ok)
        #expect(server.grants == 3)

        // Expired and the endpoint refuses the client: an authentication error naming the provider and the URL.
        server.set(mode: .rejectClient)
        clock.advance(by: .seconds(500))
        let error = try #require(await OpenServicesError.caught { _ = try await pipeline.execute(request, context: context) })
        #expect(error.category == .authentication)
        #expect(error.description.contains(server.tokenURL.absoluteString))
        #expect(error.description.contains("gemeente-test"))
        #expect(!error.description.contains(Self.secret))
    }

    @Test("a 401 from the service leads to one re-authentication and retry")
    func reauthenticates() async throws {
        let server = try await TokenServer.start()
        defer { server.stop() }
        let provider = OAuth2ClientCredentialsProvider(Self.settings(server), connector: HTTPConnector())
        let pipeline = Pipeline(connector: HTTPConnector(), credentials: CredentialStage(provider))
        let context = OperationContext(service: "brp", operation: "personen.raadplegen")
        let request = ServiceRequest(method: .get, url: server.resourceURL)
        #expect(try await pipeline.execute(request, context: context).status == .ok)
        server.revoke("tok-1")
        #expect(try await pipeline.execute(request, context: context).status == .ok)
        #expect(server.grants == 2)
        // When the fresh token is refused too, the 401 surfaces after exactly one retry.
        server.revoke("tok-2")
        server.revoke("tok-3")
        let error = try #require(await OpenServicesError.caught { _ = try await pipeline.execute(request, context: context) })
        #expect(error.code == .unauthenticated)
        #expect(server.grants == 3)
    }
}

extension OpenServicesError {
    static func caught(_ body: () async throws -> Void) async -> OpenServicesError? {
        do {
            try await body()
            return nil
        } catch let error as OpenServicesError {
            return error
        } catch {
            return nil
        }
    }
}
