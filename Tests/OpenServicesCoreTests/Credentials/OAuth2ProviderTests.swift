import Foundation
import InMemoryLogging
import Logging
import HTTPTypes
import OpenServicesCore
import OpenServicesTesting
import Synchronization
import Testing

@Suite("OAuth2 client credentials")
struct OAuth2ProviderTests {
    static let secret = "s3cr3t-CLIENT-secret"
    static let settings = OAuth2ClientCredentials(
        tokenURL: URL(string: "https://auth.test.example/oauth2/token")!, clientID: "gemeente-test",
        clientSecret: Secret(secret), scope: "brp-personen", extraParameters: ["resourceServer": "ResourceServer01"])

    static func token(_ value: String, expiresIn: Int = 3600) -> ScriptedResponse {
        .json(#"{"access_token":"\#(value)","token_type":"Bearer","expires_in":\#(expiresIn)}"#)
    }

    @Test("the token request is a client-credentials form with scope and extra parameters")
    func formBody() async throws {
        let endpoint = ScriptedConnector([Self.token("tok-1")])
        let provider = OAuth2ClientCredentialsProvider(Self.settings, connector: endpoint, clock: TestClock())
        let credential = try await provider.credential(for: context())
        #expect(credential.headerFields[.authorization] == "Bearer tok-1")
        let request = try #require(endpoint.requests.first)
        #expect(request.head.method == .post)
        #expect(request.head.headerFields[.contentType] == "application/x-www-form-urlencoded")
        let form = String(decoding: request.body ?? Data(), as: UTF8.self)
        #expect(form == "grant_type=client_credentials&client_id=gemeente-test&client_secret=s3cr3t-CLIENT-secret&scope=brp-personen&resourceServer=ResourceServer01")
    }

    @Test("HTTP Basic client authentication keeps the secret out of the body")
    func basic() async throws {
        var settings = Self.settings
        settings.authentication = .basic
        let endpoint = ScriptedConnector([Self.token("tok-1")])
        let provider = OAuth2ClientCredentialsProvider(settings, connector: endpoint, clock: TestClock())
        _ = try await provider.credential(for: context())
        let request = try #require(endpoint.requests.first)
        let expected = "Basic " + Data("gemeente-test:\(Self.secret)".utf8).base64EncodedString()
        #expect(request.head.headerFields[.authorization] == expected)
        #expect(!String(decoding: request.body ?? Data(), as: UTF8.self).contains("client_secret"))
    }

    @Test("100 concurrent calls on a cold cache make exactly one token request")
    func singleFlight() async throws {
        let endpoint = ScriptedConnector([.delay(.milliseconds(100), then: Self.token("tok-1"))])
        let provider = OAuth2ClientCredentialsProvider(Self.settings, connector: endpoint)
        try await withThrowingTaskGroup(of: Credential.self) { group in
            for _ in 0..<100 { group.addTask { try await provider.credential(for: context()) } }
            for try await credential in group { #expect(credential.headerFields[.authorization] == "Bearer tok-1") }
        }
        #expect(endpoint.requests.count == 1)
    }

    @Test("the token is refreshed before it expires, honouring expires_in")
    func refreshBeforeExpiry() async throws {
        let clock = TestClock()
        let endpoint = ScriptedConnector([Self.token("tok-1", expiresIn: 120), Self.token("tok-2", expiresIn: 120)])
        let provider = OAuth2ClientCredentialsProvider(Self.settings, connector: endpoint, refreshMargin: .seconds(30), clock: clock)
        #expect(try await provider.credential(for: context()).headerFields[.authorization] == "Bearer tok-1")
        clock.advance(by: .seconds(60))
        #expect(try await provider.credential(for: context()).headerFields[.authorization] == "Bearer tok-1")
        #expect(endpoint.requests.count == 1)
        clock.advance(by: .seconds(35))  // 95 s: inside the 30 s margin before expiry at 120 s
        #expect(try await provider.credential(for: context()).headerFields[.authorization] == "Bearer tok-2")
        #expect(endpoint.requests.count == 2)
    }

    @Test("a failed refresh keeps serving the valid token, and the provider recovers later")
    func refreshFailureKeepsServing() async throws {
        let clock = TestClock()
        let failing = Mutex(false)
        let endpoint = ScriptedConnector { _, index in
            if failing.withLock({ $0 }) { return .status(.serviceUnavailable) }
            return Self.token("tok-\(index)", expiresIn: 120)
        }
        let provider = OAuth2ClientCredentialsProvider(Self.settings, connector: endpoint, refreshMargin: .seconds(60), clock: clock)
        #expect(try await provider.credential(for: context()).headerFields[.authorization] == "Bearer tok-1")
        failing.withLock { $0 = true }
        clock.advance(by: .seconds(70))  // in the refresh window, token still valid until 120 s
        for _ in 0..<5 {
            #expect(try await provider.credential(for: context()).headerFields[.authorization] == "Bearer tok-1")
        }
        failing.withLock { $0 = false }
        clock.advance(by: .seconds(5))   // past the refresh backoff
        let recovered = try await provider.credential(for: context()).headerFields[.authorization]
        #expect(recovered?.hasPrefix("Bearer tok-") == true)
        #expect(recovered != "Bearer tok-1")
    }

    @Test("an expired token with a failing endpoint is an authentication error naming the provider and URL, never the secret")
    func expiredAndFailing() async throws {
        let clock = TestClock()
        let failing = Mutex(false)
        let endpoint = ScriptedConnector { _, _ in
            failing.withLock({ $0 }) ? .json(#"{"error":"invalid_client"}"#, status: .unauthorized) : Self.token("tok-1", expiresIn: 60)
        }
        let provider = OAuth2ClientCredentialsProvider(Self.settings, connector: endpoint, refreshMargin: .seconds(10), clock: clock)
        _ = try await provider.credential(for: context())
        failing.withLock { $0 = true }
        clock.advance(by: .seconds(61))
        let error = try #require(await OpenServicesError.caught { _ = try await provider.credential(for: context()) })
        #expect(error.category == .authentication)
        #expect(error.description.contains("https://auth.test.example/oauth2/token"))
        #expect(error.description.contains("gemeente-test"))
        #expect(error.description.contains("invalid_client"))
        #expect(!error.description.contains(Self.secret))
        #expect(!"\(provider)".contains(Self.secret))
        #expect(!"\(Self.settings)".contains(Self.secret))
    }

    @Test("a 401 from the service invalidates the token and retries once with a fresh one")
    func reauthenticatesOn401() async throws {
        let endpoint = ScriptedConnector([Self.token("tok-1"), Self.token("tok-2")])
        let provider = OAuth2ClientCredentialsProvider(Self.settings, connector: endpoint, clock: TestClock())
        let service = ScriptedConnector { request, _ in
            request.head.headerFields[.authorization] == "Bearer tok-2" ? .json("{}") : .status(.unauthorized)
        }
        let pipeline = Pipeline(connector: service, credentials: CredentialStage(provider), clock: TestClock())
        let response = try await pipeline.execute(getRequest(), context: context())
        #expect(response.status == .ok)
        #expect(service.requests.map { $0.head.headerFields[.authorization] } == ["Bearer tok-1", "Bearer tok-2"])
        #expect(endpoint.requests.count == 2)

        // A second 401 is not retried again.
        let rejecting = ScriptedConnector([.status(.unauthorized)])
        let endpoint2 = ScriptedConnector { _, index in Self.token("tok-\(index)") }
        let pipeline2 = Pipeline(
            connector: rejecting,
            credentials: CredentialStage(OAuth2ClientCredentialsProvider(Self.settings, connector: endpoint2, clock: TestClock())),
            clock: TestClock())
        let error = await OpenServicesError.caught { _ = try await pipeline2.execute(getRequest(), context: context()) }
        #expect(error?.code == .unauthenticated)
        #expect(rejecting.requests.count == 2)
    }
}

@Suite("Credential secrecy")
struct CredentialSecrecyTests {
    @Test("no client secret or token appears in the logs, errors or descriptions of a failing OAuth2 flow")
    func nothingLeaks() async throws {
        let logs = InMemoryLogHandler()
        var logger = Logger(label: "test", factory: { _ in logs })
        logger.logLevel = .trace
        let clock = TestClock()
        let endpoint = ScriptedConnector([
            OAuth2ProviderTests.token("tok-SECRET-VALUE", expiresIn: 60),
            .json(#"{"error":"invalid_client","error_description":"client_secret s3cr3t-CLIENT-secret is wrong"}"#, status: .unauthorized),
        ])
        let provider = OAuth2ClientCredentialsProvider(
            OAuth2ProviderTests.settings, connector: endpoint, refreshMargin: .seconds(10), clock: clock, logger: logger)
        let service = ScriptedConnector([.status(.unauthorized)])
        let pipeline = Pipeline(connector: service, credentials: CredentialStage(provider), clock: clock)
        let serviceContext = OperationContext(service: "brp", operation: "personen.raadplegen", logger: logger)
        let error = try #require(await OpenServicesError.caught { _ = try await pipeline.execute(getRequest(), context: serviceContext) })

        var texts = [error.description, "\(provider)", "\(OAuth2ProviderTests.settings)", "\(Credential(.authorization, "Bearer tok-SECRET-VALUE"))"]
        texts += logs.entries.map { "\($0.message) \($0.metadata.map { "\($0.key)=\($0.value)" })" }
        #expect(logs.entries.count >= 2)
        for text in texts {
            #expect(!text.contains(OAuth2ProviderTests.secret), "secret leaked: \(text)")
            #expect(!text.contains("tok-SECRET-VALUE"), "token leaked: \(text)")
        }
    }
}
