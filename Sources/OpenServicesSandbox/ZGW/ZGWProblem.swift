import Foundation
import HTTPTypes
import OpenServicesCore

/// One entry of a ZGW `ValidatieFout`'s `invalidParams`.
struct ZGWInvalidParam: Sendable, Equatable {
    var name: String
    var code: String
    var reason: String

    init(_ name: String, _ code: String, _ reason: String) {
        self.name = name
        self.code = code
        self.reason = reason
    }

    static func required(_ name: String) -> ZGWInvalidParam { .init(name, "required", "Dit veld is vereist.") }
}

/// The error answers of the ZGW fakes: `Fout` and `ValidatieFout` (problem+json with every field
/// the specifications mark required: type, code, title, status, detail, instance).
enum ZGWProblem {
    static func response(
        _ status: HTTPResponse.Status, code: String, title: String, detail: String, invalidParams: [ZGWInvalidParam]? = nil
    ) -> ServiceResponse {
        var body: ZGWObject = [
            "type": .string(SandboxResponses.problemType(for: status)), "code": .string(code), "title": .string(title),
            "status": .int(Int(status.code)), "detail": .string(detail),
            "instance": .string("urn:uuid:" + UUID().uuidString.lowercased()),
        ]
        if let invalidParams {
            body["invalidParams"] = .array(invalidParams.map {
                .object(["name": .string($0.name), "code": .string($0.code), "reason": .string($0.reason)])
            })
        }
        return ServiceResponse(
            status: status, headerFields: [.contentType: "application/problem+json"], body: ZGWJSON.object(body).encoded())
    }

    /// 400 with `invalidParams`; `detail` names the fields (the Besluiten spec requires a non-empty one).
    static func invalid(_ params: [ZGWInvalidParam]) -> ServiceResponse {
        let names = params.map(\.name).joined(separator: ", ")
        return response(
            .badRequest, code: "invalid", title: "Invalid input.", detail: "Ongeldige invoer: \(names.isEmpty ? "de aanvraag" : names).",
            invalidParams: params)
    }

    /// 400 for one parameter.
    static func invalid(_ name: String, _ code: String, _ reason: String) -> ServiceResponse {
        invalid([ZGWInvalidParam(name, code, reason)])
    }

    /// 404.
    static func notFound(_ detail: String = "Niet gevonden.") -> ServiceResponse {
        response(.notFound, code: "not_found", title: "Niet gevonden.", detail: detail)
    }

    /// 403 for a refused JWT.
    static func forbidden(_ code: String, _ detail: String) -> ServiceResponse {
        response(.forbidden, code: code, title: "Je hebt geen toestemming om deze actie uit te voeren.", detail: detail)
    }

    /// 405.
    static func methodNotAllowed(_ method: HTTPRequest.Method) -> ServiceResponse {
        response(
            .methodNotAllowed, code: "method_not_allowed", title: "Methode niet toegestaan.",
            detail: "Methode \"\(method.rawValue)\" niet toegestaan.")
    }

    /// 400 for a body that is not a JSON object.
    static func parseError() -> ServiceResponse {
        response(.badRequest, code: "parse_error", title: "Malformed request.", detail: "De body is geen JSON-object.")
    }
}
