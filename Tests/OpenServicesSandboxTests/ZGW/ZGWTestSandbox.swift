import Foundation
import HTTPTypes
import OpenServicesCore
import OpenServicesSandbox
import Synchronization

/// A connector that records the notifications the ZGW fakes deliver and answers 204.
final class ZGWDeliveryRecorder: Connector {
    let requests = Mutex<[ServiceRequest]>([])

    func send(_ request: ServiceRequest, context: OperationContext) async throws -> ServiceResponse {
        requests.withLock { $0.append(request) }
        return ServiceResponse(status: .noContent)
    }

    /// The recorded deliveries: callback URL, Authorization header and JSON body.
    var deliveries: [(url: String, auth: String?, body: [String: Any])] {
        requests.withLock { $0 }.map { request in
            let body = request.body?.bufferedData.flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] } ?? [:]
            return (request.url?.absoluteString ?? "", request.head.headerFields[.authorization], body)
        }
    }
}

/// An answer of the sandbox, decoded.
struct ZGWAnswer {
    var status: HTTPResponse.Status
    var headers: HTTPFields
    var data: Data

    var json: Any? { try? JSONSerialization.jsonObject(with: data) }
    var object: [String: Any] { json as? [String: Any] ?? [:] }
    var array: [[String: Any]] { json as? [[String: Any]] ?? [] }
    var results: [[String: Any]] { object["results"] as? [[String: Any]] ?? [] }
    /// `invalidParams` as `name code` strings.
    var invalid: [String] {
        (object["invalidParams"] as? [[String: Any]] ?? []).map { "\($0["name"] ?? "") \($0["code"] ?? "")" }
    }
    subscript(key: String) -> Any? { object[key] }
    func string(_ key: String) -> String? { object[key] as? String }
}

/// The six ZGW fakes in-process, with a delivery recorder, and raw HTTP-level calls to them.
struct ZGWTestSandbox {
    let recorder = ZGWDeliveryRecorder()
    let sandbox: Sandbox

    init() {
        sandbox = Sandbox(services: ZGWSandbox.services(notificationConnector: recorder))
    }

    /// A valid ZGW JWT for the sandbox.
    static func token(userID: String? = nil) throws -> String {
        try ZGWJWTProvider(clientID: ZGWSandbox.clientID, secret: Secret(ZGWSandbox.secret), userID: userID).token()
    }

    /// The absolute URL of a path below an API root, e.g. `url("zaken", "/zaken")`.
    func url(_ api: String, _ path: String) -> String {
        sandbox.baseURL(for: api)!.absoluteString + path
    }

    /// The in-process URL of a seed resource.
    func url(_ resource: ZGWSandbox.Resource) -> String {
        resource.url(in: sandbox)!.absoluteString
    }

    /// Calls the sandbox: `Authorization` with a fresh JWT unless `authorization` is given (`""`: none),
    /// the CRS headers unless `crs` is false.
    func call(
        _ method: HTTPRequest.Method, _ api: String, _ path: String, json: Any? = nil, raw: Data? = nil,
        headers: HTTPFields = [:], authorization: String? = nil, crs: Bool = true
    ) async throws -> ZGWAnswer {
        let target = path.hasPrefix("http") ? path : url(api, path)
        var fields = headers
        let auth = try authorization ?? "Bearer " + Self.token()
        if !auth.isEmpty { fields[.authorization] = auth }
        if crs {
            fields[HTTPField.Name("Accept-Crs")!] = "EPSG:4326"
            fields[HTTPField.Name("Content-Crs")!] = "EPSG:4326"
        }
        var body: ServiceBody?
        if let json {
            fields[.contentType] = "application/json"
            body = ServiceBody(try JSONSerialization.data(withJSONObject: json))
        } else if let raw {
            fields[.contentType] = "application/json"
            body = ServiceBody(raw)
        }
        let request = ServiceRequest(method: method, url: URL(string: target)!, headerFields: fields, body: body)
        let response = try await sandbox.send(request, context: OperationContext(service: api, operation: "test"))
        return ZGWAnswer(status: response.status, headers: response.head.headerFields, data: try await response.body.collect(upTo: 1 << 28))
    }

    /// A new zaak of ``ZGWSandbox/zaaktypeMelding``; returns it.
    func createZaak(omschrijving: String = "Testzaak") async throws -> ZGWAnswer {
        try await call(.post, "zaken", "/zaken", json: [
            "zaaktype": url(ZGWSandbox.zaaktypeMelding), "bronorganisatie": ZGWSandbox.rsin,
            "verantwoordelijkeOrganisatie": ZGWSandbox.rsin, "startdatum": "2026-11-29", "omschrijving": omschrijving,
        ])
    }
}
