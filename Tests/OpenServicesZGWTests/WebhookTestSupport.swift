import Foundation
import HTTPTypes
import OpenServicesCore
@testable import OpenServicesZGW

/// Requests and bodies for the webhook receiver tests.
enum WebhookTestSupport {
    static let token = "Bearer webhook-test-3f9a1c"

    /// A spec-shaped notification of a new status, as Open Zaak sends it.
    static let statusCreated = #"""
        {"kanaal":"zaken","hoofdObject":"http://127.0.0.1:8000/zaken/api/v1/zaken/5b1e8d47-51cf-4e6a-9e22-3b37e4bb5a01",
         "resource":"status","resourceUrl":"http://127.0.0.1:8000/zaken/api/v1/statussen/8c2d6b1e-0c1a-4d7e-a3a2-0f5bb0b0c001",
         "actie":"create","aanmaakdatum":"2026-03-18T10:15:30.123456Z",
         "kenmerken":{"bronorganisatie":"002220647","zaaktype":"http://127.0.0.1:8000/catalogi/api/v1/zaaktypen/0e6a1f3c-52b4-4a1e-b5c8-7e3c6f1d2a10","vertrouwelijkheidaanduiding":"openbaar"}}
        """#

    /// A notification body with one field replaced (or removed with `nil`).
    static func body(_ field: String, _ value: Any?) -> Data {
        var object = try! JSONSerialization.jsonObject(with: Data(statusCreated.utf8)) as! [String: Any]
        object[field] = value
        return try! JSONSerialization.data(withJSONObject: object)
    }

    /// A webhook call.
    static func request(_ method: HTTPRequest.Method = .post, authorization: [String] = [token]) -> HTTPRequest {
        var fields: HTTPFields = [.contentType: "application/json"]
        for value in authorization { fields.append(HTTPField(name: .authorization, value: value)) }
        return HTTPRequest(method: method, scheme: "http", authority: "127.0.0.1:9000", path: "/zgw/notificaties", headerFields: fields)
    }

    static func receiver(capacity: Int = ZGWNotificationReceiver.defaultBufferCapacity) throws -> ZGWNotificationReceiver {
        try ZGWNotificationReceiver(authorization: Secret(token), bufferCapacity: capacity)
    }

    /// The JSON object of a problem body.
    static func problem(_ response: ZGWWebhookResponse) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: response.body)) as? [String: Any] ?? [:]
    }

    /// The `name`s of a problem's `invalid-params`.
    static func invalidNames(_ response: ZGWWebhookResponse) -> [String] {
        (problem(response)["invalid-params"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
    }

    /// Every element of a stream, once it ends.
    static func collect<Element>(_ stream: AsyncStream<Element>) async -> [Element] {
        var items: [Element] = []
        for await item in stream { items.append(item) }
        return items
    }
}
