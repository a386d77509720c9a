import Foundation
import OpenServicesCore
import OpenServicesTesting
import Testing

@Suite("Credential refresh service")
struct CredentialRefreshServiceTests {
    @Test("the background service refreshes a token before it expires, without any call waiting")
    func refreshesAhead() async throws {
        let endpoint = ScriptedConnector { _, index in
            .json(#"{"access_token":"tok-\#(index)","token_type":"Bearer","expires_in":2}"#)
        }
        let provider = OAuth2ClientCredentialsProvider(
            OAuth2ProviderTests.settings, connector: endpoint, refreshMargin: .milliseconds(1500))
        let service = CredentialRefreshService([provider], idleInterval: .milliseconds(50))
        let running = Task { try await service.run() }
        defer { running.cancel() }

        // The service fetches the first token itself, then refreshes it 0.5 s later (1.5 s before expiry).
        let deadline = ContinuousClock.now + .seconds(10)
        while endpoint.requests.count < 2, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(endpoint.requests.count >= 2)
        let header = try await provider.credential(for: context()).headerFields[.authorization]
        #expect(header != "Bearer tok-1", "calls get the refreshed token")
        running.cancel()
        _ = await running.result
    }
}
