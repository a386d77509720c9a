import Foundation
import HTTPTypes
import OpenServicesCore
import OpenServicesHTTP
import OpenServicesSandbox
import Testing

@Suite("ZGW sandbox: over HTTP")
struct ZGWServerTests {
    /// Calls a served sandbox with the AsyncHTTPClient connector and a fresh JWT.
    static func call(
        _ method: HTTPRequest.Method, _ url: String, json: Any? = nil, authorization: String? = nil
    ) async throws -> ZGWAnswer {
        var fields: HTTPFields = [HTTPField.Name("Accept-Crs")!: "EPSG:4326", HTTPField.Name("Content-Crs")!: "EPSG:4326"]
        fields[.authorization] = try authorization ?? "Bearer " + ZGWTestSandbox.token()
        var body: ServiceBody?
        if let json {
            fields[.contentType] = "application/json"
            body = ServiceBody(try JSONSerialization.data(withJSONObject: json))
        }
        let request = ServiceRequest(method: method, url: URL(string: url)!, headerFields: fields, body: body)
        let response = try await HTTPConnector().send(request, context: OperationContext(service: "zaken", operation: "test"))
        return ZGWAnswer(status: response.status, headers: response.head.headerFields, data: try await response.body.collect(upTo: 1 << 26))
    }

    static func root(_ server: SandboxServer, _ api: String) -> String {
        server.baseURLs.first { $0.name == api }!.url
    }

    @Test("the server serves the six ZGW roots; URLs in answers follow the request's host; JWT and CRS are enforced")
    func served() async throws {
        let server = try await SandboxServer.start(port: 0)
        defer { server.stop() }
        let zaken = Self.root(server, "zaken")
        #expect(zaken == "http://127.0.0.1:\(server.port)/zaken/api/v1")
        let list = try await Self.call(.get, zaken + "/zaken")
        #expect(list.status == .ok)
        #expect(list.headers[HTTPField.Name("API-version")!] == "1.5.1")
        #expect((list.results.first?["url"] as? String)?.hasPrefix(zaken + "/zaken/") == true)
        #expect((list.results.first?["zaaktype"] as? String)?.hasPrefix(Self.root(server, "catalogi")) == true)
        #expect(try await Self.call(.get, zaken + "/zaken", authorization: "").string("code") == "permission_denied")
        let created = try await Self.call(.post, zaken + "/zaken", json: [
            "zaaktype": Self.root(server, "catalogi") + ZGWSandbox.zaaktypeMelding.description, "bronorganisatie": ZGWSandbox.rsin,
            "verantwoordelijkeOrganisatie": ZGWSandbox.rsin, "startdatum": "2026-11-29",
        ])
        #expect(created.status == .created)
        let document = try await Self.call(.get, Self.root(server, "documenten") + ZGWSandbox.documentFoto.description + "/download")
        #expect(document.headers[.contentType] == "application/octet-stream")
        #expect(document.data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }

    @Test("a notification is POSTed over real HTTP to the callback with the abonnement's auth value")
    func deliveryOverHTTP() async throws {
        // The callback is the Notificaties API of a second sandbox: it only accepts the POST with a valid
        // JWT as Authorization and a valid notification, and then passes it on to its own (recorded) abonnement.
        let receiver = ZGWDeliveryRecorder()
        let second = try await SandboxServer.start(sandbox: Sandbox(services: ZGWSandbox.services(notificationConnector: receiver)))
        defer { second.stop() }
        let first = try await SandboxServer.start(port: 0)
        defer { first.stop() }
        _ = try await Self.call(.post, Self.root(second, "notificaties") + "/abonnement", json: [
            "callbackUrl": "https://ontvanger.example/zaken", "auth": "Bearer doorgegeven", "kanalen": [["naam": "zaken"]],
        ])
        let subscription = try await Self.call(.post, Self.root(first, "notificaties") + "/abonnement", json: [
            "callbackUrl": Self.root(second, "notificaties") + "/notificaties", "auth": "Bearer " + ZGWTestSandbox.token(),
            "kanalen": [["naam": "zaken"]],
        ])
        #expect(subscription.status == .created)
        let zaak = try await Self.call(.post, Self.root(first, "zaken") + "/zaken", json: [
            "zaaktype": Self.root(first, "catalogi") + ZGWSandbox.zaaktypeParkeervergunning.description,
            "bronorganisatie": ZGWSandbox.rsin, "verantwoordelijkeOrganisatie": ZGWSandbox.rsin, "startdatum": "2026-11-29",
        ])
        #expect(zaak.status == .created)
        let delivered = receiver.deliveries
        #expect(delivered.count == 1)
        #expect(delivered.first?.auth == "Bearer doorgegeven")
        // The second sandbox answers sandbox URLs under its own host, so compare the paths.
        func path(_ url: Any?) -> String? { (url as? String).flatMap(URL.init(string:))?.path }
        #expect(path(delivered.first?.body["hoofdObject"]) == path(zaak.string("url")))
        #expect(delivered.first?.body["actie"] as? String == "create")
        #expect(path((delivered.first?.body["kenmerken"] as? [String: String])?["zaaktype"])
            == "/catalogi/api/v1" + ZGWSandbox.zaaktypeParkeervergunning.description)
    }

    @Test("a callback that cannot be reached does not fail the change that caused the notification")
    func unreachableCallback() async throws {
        let sandbox = Sandbox(services: ZGWSandbox.services(deliveryTimeout: .seconds(2)))
        let token = try ZGWTestSandbox.token()
        func send(_ method: HTTPRequest.Method, _ path: String, _ json: Any) async throws -> HTTPResponse.Status {
            let fields: HTTPFields = [
                .authorization: "Bearer \(token)", .contentType: "application/json",
                HTTPField.Name("Accept-Crs")!: "EPSG:4326", HTTPField.Name("Content-Crs")!: "EPSG:4326",
            ]
            let url = URL(string: "http://\(Sandbox.host)\(path)")!
            let request = ServiceRequest(
                method: method, url: url, headerFields: fields, body: ServiceBody(try JSONSerialization.data(withJSONObject: json)))
            return try await sandbox.send(request, context: OperationContext(service: "zaken", operation: "test")).status
        }
        #expect(try await send(.post, "/notificaties/api/v1/abonnement", [
            "callbackUrl": "http://127.0.0.1:1/dicht", "auth": "Bearer x", "kanalen": [["naam": "zaken"]],
        ]) == .created)
        #expect(try await send(.post, "/zaken/api/v1/zaken", [
            "zaaktype": "http://\(Sandbox.host)/catalogi/api/v1" + ZGWSandbox.zaaktypeMelding.description,
            "bronorganisatie": ZGWSandbox.rsin, "verantwoordelijkeOrganisatie": ZGWSandbox.rsin, "startdatum": "2026-11-29",
        ]) == .created)
    }
}
