import Foundation
import OpenServices
import OpenServicesCore
import Testing

@Suite("Configuration")
struct ConfigurationTests {
    private func load(_ environment: [String: String]) async throws -> OpenServicesConfiguration {
        try await OpenServicesConfiguration.load(environment: environment)
    }

    @Test("a BAG API key from the environment")
    func apiKey() async throws {
        let configuration = try await load([
            "OPENSERVICES_BAG_URL": "https://api.bag.kadaster.nl/lvbag/individuelebevragingen/v2",
            "OPENSERVICES_BAG_AUTH": "apikey",
            "OPENSERVICES_BAG_API_KEY": "bag-KEY-secret",
        ])
        let settings = try #require(try configuration.settings(for: .bag))
        #expect(settings.url.absoluteString == "https://api.bag.kadaster.nl/lvbag/individuelebevragingen/v2")
        guard case .apiKey(let header, let key) = settings.authentication else {
            Issue.record("expected apikey, got \(settings.authentication)")
            return
        }
        #expect(header == "X-Api-Key")
        #expect(key.reveal() == "bag-KEY-secret")
        #expect(!settings.description.contains("bag-KEY-secret"))
        #expect(try configuration.settings(for: .kvk) == nil)
    }

    @Test("KVK's default key header is apikey; the header can be overridden")
    func kvkHeader() async throws {
        let configuration = try await load([
            "OPENSERVICES_KVK_URL": "https://api.kvk.nl/test/api", "OPENSERVICES_KVK_API_KEY": "l7xx1f2691f2520d487b902f4e0b57a0b197",
        ])
        guard case .apiKey(let header, _) = try configuration.requiredSettings(for: .kvk).authentication else {
            Issue.record("expected an API key (inferred from _API_KEY)")
            return
        }
        #expect(header == "apikey")
    }

    @Test("OAuth2 for BRP with mTLS files and a missing secret names the variable to set")
    func oauth2Missing() async throws {
        let configuration = try await load([
            "OPENSERVICES_BRP_URL": "https://brp.test.example/haalcentraal/api/brp",
            "OPENSERVICES_BRP_AUTH": "oauth2",
            "OPENSERVICES_BRP_CLIENT_ID": "gemeente-test",
            "OPENSERVICES_BRP_TOKEN_URL": "https://auth.test.example/token",
            "OPENSERVICES_BRP_CLIENT_CERT": "/nonexistent/client.pem",
        ])
        let error = #expect(throws: OpenServicesError.self) { try configuration.settings(for: .brp) }
        #expect(error?.category == .configuration)
        #expect(error?.message.contains("set OPENSERVICES_BRP_CLIENT_SECRET") == true)
        #expect(error?.message.contains("set OPENSERVICES_BRP_CLIENT_KEY") == true)
        #expect(error?.message.contains("/nonexistent/client.pem") == true)
    }

    @Test("contradictory settings are refused")
    func contradictions() async throws {
        let configuration = try await load([
            "OPENSERVICES_ZAKEN_URL": "https://openzaak.test.example/zaken/api/v1",
            "OPENSERVICES_ZAKEN_AUTH": "zgw-jwt",
            "OPENSERVICES_ZAKEN_CLIENT_ID": "openservices",
            "OPENSERVICES_ZAKEN_CLIENT_SECRET": "zgw-secret",
            "OPENSERVICES_ZAKEN_TOKEN": "static-token",
            "OPENSERVICES_ZAKEN_FSC_OUTWAY": "http://outway.local:8080",
            "OPENSERVICES_CATALOGI_AUTH": "zgw-jwt",
            "OPENSERVICES_PDOK_URL": "https://api.pdok.nl/bzk/locatieserver/search/v3_1",
            "OPENSERVICES_PDOK_AUTH": "kerberos",
        ])
        let zaken = #expect(throws: OpenServicesError.self) { try configuration.settings(for: .zaken) }
        #expect(zaken?.message.contains("unset OPENSERVICES_ZAKEN_TOKEN") == true)
        #expect(zaken?.message.contains("set OPENSERVICES_ZAKEN_FSC_GRANT_HASH") == true)
        #expect(zaken?.description.contains("zgw-secret") == false)
        #expect(zaken?.description.contains("static-token") == false)
        let catalogi = #expect(throws: OpenServicesError.self) { try configuration.settings(for: .catalogi) }
        #expect(catalogi?.remediation?.contains("OPENSERVICES_CATALOGI_URL") == true)
        let pdok = #expect(throws: OpenServicesError.self) { try configuration.settings(for: .pdok) }
        #expect(pdok?.message.contains("none, apikey, bearer, oauth2, zgw-jwt") == true)
    }

    @Test("a ZGW API with its JWT client and the resource roots of a provider behind a proxy")
    func zgwResourceRoots() async throws {
        let configuration = try await load([
            "OPENSERVICES_ZAKEN_URL": "http://zaken-proxy.intern/zaken/api/v1",
            "OPENSERVICES_ZAKEN_AUTH": "zgw-jwt",
            "OPENSERVICES_ZAKEN_CLIENT_ID": "mijn-applicatie",
            "OPENSERVICES_ZAKEN_CLIENT_SECRET": "zgw-geheim",
            "OPENSERVICES_ZAKEN_RESOURCE_ROOTS": "https://openzaak.example.nl/zaken/api/v1, http://openzaak.intern:8000/zaken/api/v1",
            "OPENSERVICES_BESLUITEN_URL": "https://openzaak.example.nl/besluiten/api/v1",
            "OPENSERVICES_BESLUITEN_RESOURCE_ROOTS": "openzaak.intern/besluiten",
        ])
        let zaken = try configuration.requiredSettings(for: .zaken)
        #expect(zaken.resourceRoots.map(\.absoluteString) == [
            "https://openzaak.example.nl/zaken/api/v1", "http://openzaak.intern:8000/zaken/api/v1",
        ])
        #expect(zaken.description.contains("resource roots https://openzaak.example.nl/zaken/api/v1"))
        #expect(!zaken.description.contains("zgw-geheim"))
        let besluiten = #expect(throws: OpenServicesError.self) { try configuration.settings(for: .besluiten) }
        #expect(besluiten?.message.contains("set OPENSERVICES_BESLUITEN_RESOURCE_ROOTS to comma-separated http(s) API roots") == true)
    }

    @Test("an unconfigured service says how to configure it")
    func unconfigured() async throws {
        let configuration = try await load([:])
        let error = #expect(throws: OpenServicesError.self) { try configuration.requiredSettings(for: .brp) }
        #expect(error?.remediation?.contains("OPENSERVICES_BRP_URL") == true)
        #expect(error?.remediation?.contains("--sandbox") == true)
    }

    @Test("a JSON file named by OPENSERVICES_CONFIG, with the environment winning")
    func file() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("openservices-\(UUID()).json").path
        try #"""
        {"bag": {"url": "https://file.example/lvbag/individuelebevragingen/v2", "auth": "apikey", "apiKey": "file-KEY"},
         "zaken": {"url": "https://openzaak.test.example/zaken/api/v1", "auth": "zgw-jwt", "clientId": "oz", "clientSecret": "file-SECRET"}}
        """#.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let configuration = try await load([
            "OPENSERVICES_CONFIG": path,
            "OPENSERVICES_BAG_URL": "https://env.example/lvbag/individuelebevragingen/v2",
        ])
        let bag = try configuration.requiredSettings(for: .bag)
        #expect(bag.url.host == "env.example")
        guard case .apiKey(_, let key) = bag.authentication else {
            Issue.record("expected the file's API key")
            return
        }
        #expect(key.reveal() == "file-KEY")
        guard case .zgwJWT(let clientID, let secret) = try configuration.requiredSettings(for: .zaken).authentication else {
            Issue.record("expected zgw-jwt")
            return
        }
        #expect(clientID == "oz")
        #expect(secret.reveal() == "file-SECRET")
    }

    @Test("a missing configuration file is a clear error")
    func missingFile() async {
        let error = await #expect(throws: OpenServicesError.self) {
            _ = try await OpenServicesConfiguration.load(environment: ["OPENSERVICES_CONFIG": "/nonexistent/openservices.yaml"])
        }
        #expect(error?.message.contains("OPENSERVICES_CONFIG") == true)
    }
}

@Suite("Configuration files")
struct ConfigurationFileTests {
    @Test("a YAML file works like a JSON file")
    func yaml() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("openservices-\(UUID()).yaml").path
        try """
        kvk:
          url: https://api.kvk.nl/test/api
          auth: apikey
          apiKey: yaml-KEY
        """.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let configuration = try await OpenServicesConfiguration.load(environment: ["OPENSERVICES_CONFIG": path])
        let kvk = try configuration.requiredSettings(for: .kvk)
        #expect(kvk.url.absoluteString == "https://api.kvk.nl/test/api")
        guard case .apiKey(let header, let key) = kvk.authentication else {
            Issue.record("expected an API key from the YAML file")
            return
        }
        #expect(header == "apikey")
        #expect(key.reveal() == "yaml-KEY")
    }
}

@Suite("Configuration to pipeline")
struct ConfigurationPipelineTests {
    @Test("TLS files from the configuration become TLS settings, and unusable files fail before any call")
    func tls() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("openservices-cfg-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let bundle = folder.appendingPathComponent("ca.pem").path
        try "not a certificate".write(toFile: bundle, atomically: true, encoding: .utf8)
        let configuration = try await OpenServicesConfiguration.load(environment: [
            "OPENSERVICES_KVK_URL": "https://api.kvk.nl/api", "OPENSERVICES_KVK_API_KEY": "kvk-KEY-123",
            "OPENSERVICES_KVK_CA_BUNDLE": bundle,
        ])
        let settings = try configuration.requiredSettings(for: .kvk)
        #expect(settings.tlsSettings?.trustAnchors == bundle)
        #expect(settings.tlsSettings?.trustSystemRoots == true)
        let error = #expect(throws: OpenServicesError.self) { _ = try settings.makePipeline() }
        #expect(error?.category == .configuration)
        #expect(error?.message.contains(bundle) == true)
    }
}
