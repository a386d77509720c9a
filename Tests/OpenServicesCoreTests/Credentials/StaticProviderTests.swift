import Crypto
import Foundation
import HTTPTypes
import JWTKit
import OpenServicesCore
import OpenServicesTesting
import Testing

@Suite("Credential providers")
struct StaticProviderTests {
    @Test("an API key is sent in its named header and never described")
    func apiKey() async throws {
        let provider = try APIKeyProvider(header: "X-Api-Key", key: "bag-KEY-123")
        let connector = ScriptedConnector([.json("{}")])
        let pipeline = Pipeline(connector: connector, credentials: CredentialStage(provider), clock: TestClock())
        _ = try await pipeline.execute(getRequest(), context: context())
        #expect(connector.requests.first?.head.headerFields[HTTPField.Name("X-Api-Key")!] == "bag-KEY-123")
        #expect(!"\(provider)".contains("bag-KEY-123"))
        #expect(!"\(try await provider.credential(for: context()))".contains("bag-KEY-123"))
        #expect(throws: OpenServicesError.self) { try APIKeyProvider(header: "apikey", key: "") }
        #expect(throws: OpenServicesError.self) { try APIKeyProvider(header: "bad header", key: "k") }
    }

    @Test("a static bearer token")
    func bearer() async throws {
        let provider = try BearerTokenProvider(token: "tok-STATIC")
        #expect(try await provider.credential(for: context()).headerFields[.authorization] == "Bearer tok-STATIC")
        #expect(!"\(provider)".contains("tok-STATIC"))
    }

    @Test("a chain uses the first provider that works and reports every reason when none does")
    func chain() async throws {
        struct Failing: CredentialProvider {
            let name: String
            func credential(for context: OperationContext) async throws -> Credential {
                throw OpenServicesError(.credentialUnavailable, "\(name) has no credential")
            }
            var description: String { name }
        }
        let working = CredentialChain([Failing(name: "vault"), try BearerTokenProvider(token: "t")])
        #expect(try await working.credential(for: context()).headerFields[.authorization] == "Bearer t")
        let failing = CredentialChain([Failing(name: "vault"), Failing(name: "file")])
        let error = try #require(await OpenServicesError.caught { _ = try await failing.credential(for: context()) })
        #expect(error.code == .credentialUnavailable)
        #expect(error.message.contains("vault: vault has no credential"))
        #expect(error.message.contains("file: file has no credential"))
    }

    @Test("a secret never prints")
    func secret() {
        let secret: Secret = "hunter2"
        #expect("\(secret)" == "<secret>")
        #expect(String(reflecting: secret) == "<secret>")
        #expect(secret.reveal() == "hunter2")
    }
}

@Suite("ZGW JWT")
struct ZGWJWTProviderTests {
    struct Claims: JWTPayload {
        var iss: IssuerClaim
        var iat: IssuedAtClaim
        var client_id: String
        var user_id: String
        var user_representation: String
        func verify(using algorithm: some JWTAlgorithm) async throws {}
    }

    @Test("the JWT verifies with the secret and carries the required claims, iat a few seconds in the past")
    func verifies() async throws {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let provider = try ZGWJWTProvider(
            clientID: "openservices-test", secret: "zgw-SECRET-0123456789-abcdefghijklmnop", userID: "medewerker-042",
            userRepresentation: "A. de Vries", issuedAtOffset: .seconds(5), now: { now })
        let header = try #require(try await provider.credential(for: context()).headerFields[.authorization])
        #expect(header.hasPrefix("Bearer "))
        let token = String(header.dropFirst("Bearer ".count))

        let verifier = await JWTKeyCollection().add(hmac: HMACKey(from: "zgw-SECRET-0123456789-abcdefghijklmnop"), digestAlgorithm: .sha256)
        let claims = try await verifier.verify(token, as: Claims.self)
        #expect(claims.iss.value == "openservices-test")
        #expect(claims.client_id == "openservices-test")
        #expect(claims.user_id == "medewerker-042")
        #expect(claims.user_representation == "A. de Vries")
        #expect(claims.iat.value == now.addingTimeInterval(-5))

        let wrong = await JWTKeyCollection().add(hmac: HMACKey(from: "another-secret-0123456789-abcdefghijklmnop"), digestAlgorithm: .sha256)
        await #expect(throws: (any Error).self) { _ = try await wrong.verify(token, as: Claims.self) }
        let headerJSON = try #require(Data(base64Encoded: Self.padded(String(token.split(separator: ".")[0]))))
        #expect(String(decoding: headerJSON, as: UTF8.self).contains("HS256"))
        #expect(!"\(provider)".contains("zgw-SECRET"))
    }

    @Test("a short secret, as ZGW providers allow, signs a valid HS256 token")
    func shortSecret() async throws {
        let provider = try ZGWJWTProvider(clientID: "demo", secret: "geheim")
        let token = try provider.token()
        let parts = token.split(separator: ".").map(String.init)
        #expect(parts.count == 3)
        let expected = HMAC<SHA256>.authenticationCode(
            for: Data("\(parts[0]).\(parts[1])".utf8), using: SymmetricKey(data: Data("geheim".utf8)))
        #expect(Data(base64Encoded: Self.padded(parts[2])) == Data(expected))
        let payload = try #require(Data(base64Encoded: Self.padded(parts[1])))
        let claims = try JSONSerialization.jsonObject(with: payload) as? [String: Any]
        let iat = try #require(claims?["iat"] as? Int)
        #expect(iat <= Int(Date().timeIntervalSince1970) - 5)
        #expect(claims?["client_id"] as? String == "demo")
    }

    @Test("an empty secret is a configuration error")
    func emptySecret() {
        #expect(throws: OpenServicesError.self) { _ = try ZGWJWTProvider(clientID: "c", secret: "") }
    }

    static func padded(_ base64url: String) -> String {
        var text = base64url.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while text.count % 4 != 0 { text += "=" }
        return text
    }
}
