import Crypto
import Foundation
import HTTPTypes
import InMemoryLogging
import Logging
import OpenServicesCore
import OpenServicesHTTP
import Testing

@Suite("TLS and mutual TLS against a server on loopback")
struct MutualTLSTests {
    /// A CA, a server certificate for 127.0.0.1 and a client certificate for the test key, all made now.
    struct Setup {
        let pki: TestPKI
        let caFile: String
        let server: TLSTestServer
        let clientCertificate: String
        let clientKey: String

        static func make(serverHosts: [String] = ["127.0.0.1", "localhost"], requireClient: Bool = true) async throws -> Setup {
            let pki = try TestPKI(name: "OpenServices Test Root CA")
            let caFile = try pki.caFile()
            let (certificate, key) = try pki.server(hosts: serverHosts)
            let clientKey = try P256.Signing.PrivateKey(pemRepresentation: TestKeys.clientKeyPEM)
            let clientCertificate = try pki.client(publicKey: clientKey.publicKey, commonName: "gemeente-test")
            let server = try await TLSTestServer.start(certificate: certificate, key: key, clientCA: requireClient ? caFile : nil)
            return Setup(
                pki: pki, caFile: caFile, server: server, clientCertificate: clientCertificate,
                clientKey: try pki.write(TestKeys.clientKeyPEM, "client-key.pem"))
        }

        func stop() {
            server.stop()
            pki.remove()
        }
    }

    private func call(_ connector: HTTPConnector, _ url: URL, logger: Logger = OperationContext.defaultLogger) async throws -> ServiceResponse {
        let pipeline = Pipeline(connector: connector, retry: .none)
        return try await pipeline.execute(
            ServiceRequest(method: .get, url: url),
            context: OperationContext(service: "brp", operation: "personen.raadplegen", timeout: .seconds(10), logger: logger))
    }

    private func failure(_ connector: HTTPConnector, _ url: URL) async -> OpenServicesError? {
        await OpenServicesError.caught { _ = try await call(connector, url) }
    }

    @Test("the right client certificate succeeds, also with an encrypted key and its passphrase")
    func rightCertificate() async throws {
        let setup = try await Setup.make()
        defer { setup.stop() }
        let plain = HTTPConnector(configuration: .init(tls: TLSSettings(
            clientIdentity: .init(certificateChain: setup.clientCertificate, privateKey: setup.clientKey),
            trustAnchors: setup.caFile, trustSystemRoots: false)))
        #expect(try await call(plain, setup.server.url()).status == .ok)

        let encryptedKey = try setup.pki.write(TestKeys.encryptedClientKeyPEM, "client-key-encrypted.pem")
        let encrypted = try HTTPConnector(validating: .init(tls: TLSSettings(
            clientIdentity: .init(
                certificateChain: setup.clientCertificate, privateKey: encryptedKey, passphrase: Secret(TestKeys.passphrase)),
            trustAnchors: setup.caFile)))
        #expect(try await call(encrypted, setup.server.url()).status == .ok)
    }

    @Test("a missing client certificate fails with an error that says one is required")
    func missingCertificate() async throws {
        let setup = try await Setup.make()
        defer { setup.stop() }
        let connector = HTTPConnector(configuration: .init(tls: TLSSettings(trustAnchors: setup.caFile)))
        let error = try #require(await failure(connector, setup.server.url()))
        #expect(error.code == .tls, "\(error)")
        #expect(error.message.contains("requires a client certificate"), "\(error)")
    }

    @Test("a client certificate from another CA fails with an error that says it was rejected")
    func wrongCertificate() async throws {
        let setup = try await Setup.make()
        defer { setup.stop() }
        let other = try TestPKI(name: "Some Other CA")
        defer { other.remove() }
        let key = try P256.Signing.PrivateKey(pemRepresentation: TestKeys.clientKeyPEM)
        let foreignCertificate = try other.client(publicKey: key.publicKey, commonName: "impostor")
        let connector = HTTPConnector(configuration: .init(tls: TLSSettings(
            clientIdentity: .init(certificateChain: foreignCertificate, privateKey: setup.clientKey), trustAnchors: setup.caFile)))
        let error = try #require(await failure(connector, setup.server.url()))
        #expect(error.code == .tls, "\(error)")
        #expect(error.message.contains("rejected the client certificate"), "\(error)")
    }

    @Test("an untrusted server fails with an error that says its certificate is not trusted")
    func untrustedServer() async throws {
        let setup = try await Setup.make(requireClient: false)
        defer { setup.stop() }
        let other = try TestPKI(name: "Unrelated Root")
        defer { other.remove() }
        let connector = HTTPConnector(configuration: .init(tls: TLSSettings(trustAnchors: try other.caFile(), trustSystemRoots: false)))
        let error = try #require(await failure(connector, setup.server.url()))
        #expect(error.code == .tls, "\(error)")
        #expect(error.message.contains("not trusted"), "\(error)")
    }

    @Test("a certificate for another host name fails with an error that says so")
    func wrongHostname() async throws {
        let setup = try await Setup.make(serverHosts: ["service.test.example"], requireClient: false)
        defer { setup.stop() }
        let connector = HTTPConnector(configuration: .init(tls: TLSSettings(trustAnchors: setup.caFile)))
        let error = try #require(await failure(connector, setup.server.url()))
        #expect(error.code == .tls, "\(error)")
        #expect(error.message.contains("host name"), "\(error)")
    }

    @Test("unusable TLS files fail before any call, naming the file")
    func badFiles() async throws {
        let setup = try await Setup.make(requireClient: false)
        defer { setup.stop() }
        let encryptedKey = try setup.pki.write(TestKeys.encryptedClientKeyPEM, "client-key-encrypted.pem")
        let wrongPassphrase = #expect(throws: OpenServicesError.self) {
            try HTTPConnector(validating: .init(tls: TLSSettings(clientIdentity: .init(
                certificateChain: setup.clientCertificate, privateKey: encryptedKey, passphrase: "not-the-passphrase"))))
        }
        #expect(wrongPassphrase?.category == .configuration)
        #expect(wrongPassphrase?.message.contains("client-key-encrypted.pem") == true)
        #expect(wrongPassphrase?.description.contains("not-the-passphrase") == false)
        let missing = #expect(throws: OpenServicesError.self) {
            try HTTPConnector(validating: .init(tls: TLSSettings(trustAnchors: "/nonexistent/ca.pem")))
        }
        #expect(missing?.message.contains("/nonexistent/ca.pem") == true)
        // Without validating, the same problem is reported by the first call, before anything is sent.
        let lazy = HTTPConnector(configuration: .init(tls: TLSSettings(trustAnchors: "/nonexistent/ca.pem")))
        let error = try #require(await failure(lazy, setup.server.url()))
        #expect(error.category == .configuration)
    }

    @Test("turning verification off is only possible by its explicit name, and warns on every call")
    func insecureWarns() async throws {
        let setup = try await Setup.make(requireClient: false)
        defer { setup.stop() }
        let logs = InMemoryLogHandler()
        var logger = Logger(label: "test", factory: { _ in logs })
        logger.logLevel = .info
        let connector = HTTPConnector(configuration: .init(tls: .insecureNoVerificationForTestsOnly()))
        for _ in 0..<2 { #expect(try await call(connector, setup.server.url(), logger: logger).status == .ok) }
        let warnings = logs.entries.filter { $0.level == .warning && "\($0.message)".contains("verification is DISABLED") }
        #expect(warnings.count == 2)
    }
}
