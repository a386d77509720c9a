public import Foundation
public import HTTPTypes
public import OpenServicesCore

/// Building blocks for sandbox answers: JSON bodies and the error shapes the services use.
public enum SandboxResponses {
    /// The encoder the sandbox uses: official field names as the models declare them, sorted keys.
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// A JSON response with the given content type.
    public static func json(
        _ value: some Encodable, status: HTTPResponse.Status = .ok, contentType: String = "application/json",
        headers: HTTPFields = [:]
    ) -> ServiceResponse {
        var fields = headers
        fields[.contentType] = contentType
        do {
            return ServiceResponse(status: status, headerFields: fields, body: try encoder().encode(value))
        } catch {
            return problem(status: .internalServerError, title: "The sandbox could not encode its answer.", code: "serverError")
        }
    }

    /// An RFC 9457 problem+json answer, with `invalidParams` (BRP, ZGW) or `invalid-params` (BAG).
    public static func problem(
        status: HTTPResponse.Status, title: String, code: String, detail: String? = nil, instance: String? = nil,
        invalidParams: [InvalidParameter] = [], hyphenatedInvalidParams: Bool = false
    ) -> ServiceResponse {
        var object: [String: Any] = [
            "type": problemType(for: status), "title": title, "status": Int(status.code), "code": code,
        ]
        if let detail { object["detail"] = detail }
        if let instance { object["instance"] = instance }
        if !invalidParams.isEmpty {
            object[hyphenatedInvalidParams ? "invalid-params" : "invalidParams"] = invalidParams.map { parameter in
                var item: [String: Any] = ["name": parameter.name]
                if let code = parameter.code { item["code"] = code }
                if let reason = parameter.reason { item["reason"] = reason }
                return item
            }
        }
        let body = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return ServiceResponse(status: status, headerFields: [.contentType: "application/problem+json"], body: body)
    }

    static func problemType(for status: HTTPResponse.Status) -> String {
        switch status.code {
        case 400: "https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.1"
        case 401: "https://datatracker.ietf.org/doc/html/rfc7235#section-3.1"
        case 403: "https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.3"
        case 404: "https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.4"
        case 406: "https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.6"
        case 415: "https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.13"
        case 429: "https://datatracker.ietf.org/doc/html/rfc6585#section-4"
        default: "https://datatracker.ietf.org/doc/html/rfc7231#section-6.6.1"
        }
    }
}
