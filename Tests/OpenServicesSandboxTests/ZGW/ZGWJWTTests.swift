import Crypto
import Foundation
import OpenServicesCore
import OpenServicesSandbox
import Testing

@Suite("ZGW sandbox: JWT refusals")
struct ZGWJWTTests {
    /// A token signed by hand (HS256) with the given claims.
    static func token(_ claims: [String: Any], secret: String = ZGWSandbox.secret, alg: String = "HS256") throws -> String {
        func encode(_ data: Data) -> String {
            data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
                .replacingOccurrences(of: "=", with: "")
        }
        let header = encode(try JSONSerialization.data(withJSONObject: ["alg": alg, "typ": "JWT"]))
        let payload = encode(try JSONSerialization.data(withJSONObject: claims))
        let signature = HMAC<SHA256>.authenticationCode(
            for: Data("\(header).\(payload)".utf8), using: SymmetricKey(data: Data(secret.utf8)))
        return "\(header).\(payload).\(encode(Data(signature)))"
    }

    static var now: Int { Int(Date().timeIntervalSince1970) }

    @Test("each bad token is a 403 with Open Zaak's code", arguments: [
        ("no Authorization", "", "permission_denied"),
        ("not a bearer token", "Basic b3BlbjpzZXNhbWU=", "permission_denied"),
        ("garbled", "Bearer abc.def", "permission_denied"),
    ])
    func garbled(_ label: String, _ authorization: String, _ code: String) async throws {
        let answer = try await ZGWTestSandbox().call(.get, "catalogi", "/zaaktypen", authorization: authorization)
        #expect(answer.status == .forbidden, "\(label)")
        #expect(answer.string("code") == code, "\(label)")
        #expect(answer.headers[.contentType] == "application/problem+json")
    }

    @Test("wrong secret, unknown client id, missing iat, iat in the future, expired: 403 with the agreed codes")
    func refusals() async throws {
        let zgw = ZGWTestSandbox()
        let cases: [(String, String, String)] = [
            ("wrong secret", try Self.token(["client_id": ZGWSandbox.clientID, "iat": Self.now - 5], secret: "fout"), "invalid-jwt-signature"),
            ("alg none", try Self.token(["client_id": ZGWSandbox.clientID, "iat": Self.now - 5], alg: "none"), "invalid-jwt-signature"),
            ("unknown client", try Self.token(["client_id": "iemand", "iat": Self.now - 5]), "invalid-client-identifier"),
            ("missing iat", try Self.token(["client_id": ZGWSandbox.clientID]), "jwt-missing-iat-claim"),
            ("iat in the future", try Self.token(["client_id": ZGWSandbox.clientID, "iat": Self.now + 30]), "jwt-immature"),
            ("older than an hour", try Self.token(["client_id": ZGWSandbox.clientID, "iat": Self.now - 3700]), "jwt-expired"),
            ("exp passed", try Self.token(["client_id": ZGWSandbox.clientID, "iat": Self.now - 60, "exp": Self.now - 1]), "jwt-expired"),
        ]
        for (label, token, code) in cases {
            let answer = try await zgw.call(.get, "zaken", "/zaken", authorization: "Bearer \(token)")
            #expect(answer.status == .forbidden, "\(label)")
            #expect(answer.string("code") == code, "\(label)")
            #expect(answer.headers[.init("API-version")!] == "1.5.1", "\(label)")
        }
        let provider = try ZGWJWTProvider(clientID: ZGWSandbox.clientID, secret: "verkeerd")
        #expect(try await zgw.call(.get, "documenten", "/enkelvoudiginformatieobjecten", authorization: "Bearer \(provider.token())")
            .string("code") == "invalid-jwt-signature")
        let good = try Self.token(["iss": ZGWSandbox.clientID, "iat": Self.now - 1])
        #expect(try await zgw.call(.get, "zaken", "/zaken", authorization: "Bearer \(good)").status == .ok)
    }
}
