import Foundation
import HTTPTypes
import OpenServicesBAG
public import OpenServicesCore

/// The sandbox's BAG Individuele Bevragingen v2 (`/lvbag/individuelebevragingen/v2`): addresses,
/// addressable objects, verblijfsobjecten, panden, nummeraanduidingen, openbare ruimten and
/// woonplaatsen for every sandbox address, with the real service's rules.
///
/// - A non-empty `X-Api-Key` is required; without it the answer is `401` problem+json.
/// - Parameters are validated; errors are problem+json with `invalid-params`.
/// - `GET /adressen` pages with `page` (from 1) and `pageSize` (10–100, default 20) and HAL
///   `_links` (`self`, `first`, `previous`, `next`, `last`).
/// - `Accept-Crs` may only be `epsg:28992` (else `406`); geometry answers carry `Content-Crs`.
/// - Every answer carries `API-Version` and `X-RateLimit-*` headers.
///
/// ```swift
/// let sandbox = Sandbox(services: [BAGSandbox()])
/// let pipeline = Pipeline(connector: sandbox, credentials: CredentialStage(try APIKeyProvider(header: "X-Api-Key", key: "test")))
/// let bag = BAGClient(pipeline: pipeline, baseURL: sandbox.baseURL(for: "bag")!)
/// ```
public struct BAGSandbox: SandboxService {
    /// `bag`.
    public let name = "bag"
    /// `/lvbag/individuelebevragingen/v2`.
    public let basePath = "/lvbag/individuelebevragingen/v2"
    /// The API version the sandbox reports.
    public static let apiVersion = "2.6.0"

    let data = BAGSandboxData.shared

    /// Creates the fake.
    public init() {}

    /// Answers one request the way BAG does.
    public func respond(to request: SandboxRequest) async -> ServiceResponse {
        let segments = request.path.split(separator: "/").map(String.init)
        guard let resource = segments.first, Self.resources.contains(resource), segments.count <= 2 else {
            return problem(.notFound, "Opgevraagde resource bestaat niet.", code: "notFound", request)
        }
        guard request.method == .get else {
            return problem(.methodNotAllowed, "Methode niet toegestaan.", code: "methodNotAllowed", request)
        }
        guard let key = HTTPField.Name("X-Api-Key").flatMap({ request.headerFields[$0] }), !key.trimmingCharacters(in: .whitespaces).isEmpty else {
            return problem(
                .unauthorized, "Niet correct geauthenticeerd.", code: "authentication", request,
                detail: "The request requires user authentication: send a valid X-Api-Key header.")
        }
        if let crs = HTTPField.Name("Accept-Crs").flatMap({ request.headerFields[$0] }), crs.lowercased() != BAGClient.crs {
            return problem(
                .notAcceptable, "Gevraagde coördinatenstelsel \(crs) wordt niet ondersteund.", code: "crsNotAcceptable", request,
                invalid: [InvalidParameter(name: "Accept-Crs", code: "enum", reason: "Waarde is niet gelijk aan epsg:28992.")])
        }
        if segments.count == 1 {
            guard resource == "adressen" else {
                return problem(.notFound, "Opgevraagde resource bestaat niet.", code: "notFound", request,
                               detail: "The sandbox searches addresses only (GET /adressen).")
            }
            return searchAddresses(request)
        }
        return object(resource, id: segments[1], request)
    }

    static let resources: Set<String> = [
        "adressen", "adresseerbareobjecten", "verblijfsobjecten", "panden", "nummeraanduidingen", "openbareruimten", "woonplaatsen",
    ]

    /// The headers of every successful answer.
    func headers(geometry: Bool, page: (number: Int, size: Int)? = nil) -> HTTPFields {
        var fields = HTTPFields()
        fields[HTTPField.Name("API-Version")!] = Self.apiVersion
        fields[HTTPField.Name("X-RateLimit-Limit")!] = "50000"
        fields[HTTPField.Name("X-RateLimit-Remaining")!] = "49999"
        fields[HTTPField.Name("X-RateLimit-Reset")!] = "86400"
        if geometry { fields[HTTPField.Name("Content-Crs")!] = BAGClient.crs }
        if let page {
            fields[HTTPField.Name("X-Pagination-Page")!] = String(page.number)
            fields[HTTPField.Name("X-Pagination-Limit")!] = String(page.size)
        }
        return fields
    }

    /// A HAL JSON answer.
    func hal(_ value: some Encodable, geometry: Bool, page: (number: Int, size: Int)? = nil) -> ServiceResponse {
        SandboxResponses.json(value, contentType: "application/hal+json", headers: headers(geometry: geometry, page: page))
    }

    /// A BAG problem+json answer, with the `detail` and `instance` the specification requires.
    func problem(
        _ status: HTTPResponse.Status, _ title: String, code: String, _ request: SandboxRequest, detail: String? = nil,
        invalid: [InvalidParameter] = []
    ) -> ServiceResponse {
        var instance = request.baseURL + request.path
        if !request.query.isEmpty {
            instance += "?" + request.query.map { "\(BAGSandboxQuery.encode($0.name))=\(BAGSandboxQuery.encode($0.value))" }.joined(separator: "&")
        }
        var answer = SandboxResponses.problem(
            status: status, title: title, code: code, detail: detail ?? status.reasonPhrase, instance: instance,
            invalidParams: invalid, hyphenatedInvalidParams: true)
        answer.head.headerFields[HTTPField.Name("API-Version")!] = Self.apiVersion
        return answer
    }
}
