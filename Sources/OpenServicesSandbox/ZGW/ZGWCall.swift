import Foundation
import HTTPTypes
import OpenServicesCore

/// One authenticated request to a ZGW fake, with what the handlers need besides it.
struct ZGWCall: Sendable {
    var api: ZGWSandbox.API
    var request: SandboxRequest
    /// `scheme://host[:port]` as the client called it; answers use it for absolute URLs.
    var origin: String
    var now: Date
    var claims: ZGWClaims

    /// The path segments below the API root.
    var segments: [String] { request.path.split(separator: "/").map(String.init) }

    /// `X-Audit-Toelichting`, or "".
    var toelichting: String {
        HTTPField.Name("X-Audit-Toelichting").flatMap { request.headerFields[$0] } ?? ""
    }

    /// The query parameters with sandbox URLs made canonical.
    var query: [(name: String, value: String)] {
        request.query.map { ($0.name, ZGWURLs.canonical($0.value)) }
    }

    /// The JSON object body with sandbox URLs made canonical, or `nil` when the body is not a JSON object.
    /// A `callbackUrl` is kept as given: it names the subscriber, which may itself be a sandbox.
    func body() -> ZGWObject? {
        guard let raw = ZGWJSON.decode(request.body)?.object else { return nil }
        var body = ZGWJSON.object(raw).mappingStrings(ZGWURLs.canonical).object ?? [:]
        body["callbackUrl"] = raw["callbackUrl"]
        return body
    }

    /// A canonical value as the client sees it.
    func external(_ value: ZGWJSON) -> ZGWJSON {
        value.mappingStrings { ZGWURLs.external($0, origin: origin) }
    }

    /// A JSON answer.
    func json(_ value: ZGWJSON, status: HTTPResponse.Status = .ok) -> ServiceResponse {
        ServiceResponse(status: status, headerFields: [.contentType: "application/json"], body: external(value).encoded())
    }
}

/// What a handler produced: the answer and the notifications to publish (canonical URLs).
struct ZGWOutcome: Sendable {
    var response: ServiceResponse
    var messages: [ZGWObject] = []
}
