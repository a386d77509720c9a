import Foundation
import HTTPTypes

/// The problem+json bodies the webhook answers with (`Fout` and `ValidatieFout` of the consumer
/// webhook specification). They never contain the `Authorization` value or any field's value.
struct WebhookProblem: Encodable {
    /// One invalid field (`FieldValidationError`).
    struct InvalidParameter: Encodable, Equatable {
        var name: String
        var code: String
        var reason: String
    }

    var type: String
    var code: String
    var title: String
    var status: Int
    var detail: String
    var instance: String
    var invalidParams: [InvalidParameter]?

    enum CodingKeys: String, CodingKey {
        case type, code, title, status, detail, instance
        case invalidParams = "invalid-params"
    }

    /// The response carrying this problem, with `API-version` and any extra header fields.
    static func response(
        _ status: HTTPResponse.Status, code: String, title: String, detail: String,
        invalidParams: [InvalidParameter]? = nil, headers: HTTPFields = [:]
    ) -> ZGWWebhookResponse {
        let problem = WebhookProblem(
            type: "https://httpstatuses.org/\(status.code)", code: code, title: title, status: status.code,
            detail: detail, instance: "urn:uuid:\(UUID().uuidString.lowercased())", invalidParams: invalidParams)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var fields = headers
        fields[.contentType] = "application/problem+json"
        fields[ZGWHeaders.apiVersion] = ZGWAPI.notificaties.version
        // Encoding strings and integers cannot fail.
        let body = (try? encoder.encode(problem)) ?? Data()
        return ZGWWebhookResponse(head: HTTPResponse(status: status, headerFields: fields), body: body)
    }

    /// The invalid field a decoding failure points at, named by its JSON path (`kenmerken.zaaktype`),
    /// with a reason that states what was expected without quoting the value.
    static func invalidParameter(for error: any Error, bodyIsEmpty: Bool) -> InvalidParameter {
        guard !bodyIsEmpty else {
            return InvalidParameter(name: "nonFieldErrors", code: "required", reason: "The body is empty; a Notificatie was expected.")
        }
        guard let error = error as? DecodingError else {
            return InvalidParameter(name: "nonFieldErrors", code: "invalid", reason: "The body is not a Notificatie.")
        }
        switch error {
        case .keyNotFound(let key, let context):
            return InvalidParameter(name: path(context.codingPath + [key]), code: "required", reason: "This field is required.")
        case .valueNotFound(let type, let context):
            return InvalidParameter(name: path(context.codingPath), code: "null", reason: "This field may not be null; expected \(typeName(type)).")
        case .typeMismatch(let type, let context):
            return InvalidParameter(name: path(context.codingPath), code: "invalid", reason: "Expected \(typeName(type)).")
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                return InvalidParameter(name: "nonFieldErrors", code: "parse_error", reason: "The body is not valid JSON.")
            }
            return InvalidParameter(name: path(context.codingPath), code: "invalid", reason: "The value is \(context.debugDescription).")
        @unknown default:
            return InvalidParameter(name: "nonFieldErrors", code: "invalid", reason: "The body is not a Notificatie.")
        }
    }

    /// `kenmerken.zaaktype`, `kanalen[0].naam`; `nonFieldErrors` for the top level.
    static func path(_ codingPath: [any CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text.isEmpty ? "nonFieldErrors" : text
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is [String: String].Type, is [String: Any].Type: "an object"
        case is Date.Type: "a date-time"
        default: "\(type)"
        }
    }
}
