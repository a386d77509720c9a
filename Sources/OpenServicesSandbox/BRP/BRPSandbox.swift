public import Foundation
import HTTPTypes
public import OpenServicesBRP
public import OpenServicesCore

/// The sandbox fake of BRP Personen (Haal Centraal BRP API v2, `POST /personen`) with the fictitious
/// persons of ``BRPSandboxPersons``.
///
/// It applies the official request rules — media types, the query `type`, required and unknown
/// parameters, their patterns, 1–20 BSNs, the `fields` list (syntax, paths allowed for the query
/// type, automatically delivered fields refused) — and answers with the official problem+json
/// shapes (`paramsValidation` with `invalidParams`, `paramsCombination`, `unauthorizedField`,
/// `tooManyResults`). Answers are cut down to the requested `fields`; `geheimhoudingPersoonsgegevens`,
/// `opschortingBijhouding`, `rni`, `verificatie` and the relevant `inOnderzoek` flags are added as
/// the real service adds them. Searches leave deceased persons out unless `inclusiefOverledenPersonen`.
///
/// ```swift
/// let sandbox = Sandbox(services: [BRPSandbox()])
/// let brp = BRPClient(pipeline: Pipeline(connector: sandbox), baseURL: sandbox.baseURL(for: "brp")!)
/// let persoon = try await brp.person(try BSN("999993653"), fields: ["naam"])
/// ```
public struct BRPSandbox: SandboxService {
    /// `brp`.
    public let name = "brp"
    /// `/haalcentraal/api/brp`, as on the proefomgeving.
    public let basePath = "/haalcentraal/api/brp"
    /// The persons this sandbox knows.
    public let persons: [Persoon]
    /// Field paths the fictitious caller is not authorised for; asking for them (or a group containing
    /// them) is answered with 403 `unauthorizedField`.
    public let deniedFields: Set<String>
    /// The day ages are computed on (default: today).
    public let today: Date?

    /// Creates the BRP fake.
    ///
    /// - Parameters:
    ///   - persons: The persons to serve (default: ``BRPSandboxPersons/all``).
    ///   - deniedFields: Field paths the caller is not authorised for, to exercise `unauthorizedField`.
    ///   - today: The day ages are computed on; `nil` for the current day.
    public init(persons: [Persoon] = BRPSandboxPersons.all, deniedFields: Set<String> = [], today: Date? = nil) {
        self.persons = persons
        self.deniedFields = deniedFields
        self.today = today
    }

    /// Answers `POST /personen`.
    public func respond(to request: SandboxRequest) async -> ServiceResponse {
        let instance = basePath + request.path
        guard request.path == "/personen" else {
            return SandboxResponses.problem(
                status: .notFound, title: "Opgevraagde resource bestaat niet.", code: "notFound", instance: instance)
        }
        guard request.method == .post else {
            return SandboxResponses.problem(
                status: .methodNotAllowed, title: "Gebruikte bevragingsmethode is niet toegestaan.", code: "methodNotAllowed",
                instance: instance)
        }
        if let accept = request.headerFields[.accept], !Self.accepts(accept) {
            return SandboxResponses.problem(
                status: .notAcceptable, title: "Gevraagde contenttype wordt niet ondersteund.", code: "notAcceptable",
                detail: "Ondersteund contenttype is application/json.", instance: instance)
        }
        let contentType = request.headerFields[.contentType]?.lowercased() ?? ""
        guard contentType.split(separator: ";").first?.trimmingCharacters(in: .whitespaces) == "application/json" else {
            return SandboxResponses.problem(
                status: .unsupportedMediaType, title: "Media Type wordt niet ondersteund.", code: "unsupported",
                detail: "Ondersteund content type is application/json.", instance: instance)
        }
        switch validate(request.body) {
        case .failure(let problem):
            return problem.response(instance: instance)
        case .success(let query):
            if query.fields.contains(where: isDenied) {
                return SandboxResponses.problem(
                    status: .forbidden, title: "U bent niet geautoriseerd voor één of meerdere opgegeven field waarden.",
                    code: "unauthorizedField", instance: instance)
            }
            return answer(query, instance: instance)
        }
    }

    /// Whether a requested path overlaps a denied one (the path itself, a group containing it, or a part of it).
    func isDenied(_ path: String) -> Bool {
        deniedFields.contains { denied in
            denied == path || denied.hasPrefix(path + ".") || path.hasPrefix(denied + ".")
        }
    }

    static func accepts(_ accept: String) -> Bool {
        accept.split(separator: ",").contains { range in
            let media = range.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
            return ["application/json", "application/*", "*/*"].contains(media)
        }
    }
}
