import Foundation
import HTTPTypes
import OpenServicesKVK
public import OpenServicesCore

/// The sandbox's KVK Handelsregister (`/api`): Zoeken v2 (`/api/v2/zoeken`), Basisprofiel v1
/// (`/api/v1/basisprofielen/…`) and Vestigingsprofiel v1 (`/api/v1/vestigingsprofielen/…`), with ten
/// fictitious enterprises.
///
/// - Only those paths are served; anything else under `/api` is `404`.
/// - The `apikey` header must be KVK's public test key (``testAPIKey``); otherwise `401` with a
///   `{"fout": [...]}` body.
/// - Errors use KVK's `fout` shape: `IPD0004` (invalid KVK-nummer), `IPD0006` (invalid
///   vestigingsnummer), `IPD0005` (product not available: unknown number), `IPD5200` (no search
///   results), `IPD0001` (Basisprofiel of 71000100 fails, like KVK's error-scenario numbers),
///   `IPD1999` (other invalid parameters, the sandbox's own code).
/// - Zoeken pages with `pagina` (1–1000) and `resultatenPerPagina` (1–100, default 10) and shows at
///   most 1,000 results.
///
/// ```swift
/// let sandbox = Sandbox(services: [KVKSandbox()])
/// let pipeline = Pipeline(connector: sandbox, credentials: CredentialStage(try APIKeyProvider(header: "apikey", key: Secret(KVKSandbox.testAPIKey))))
/// let kvk = KVKClient(pipeline: pipeline, baseURL: sandbox.baseURL(for: "kvk")!)
/// ```
public struct KVKSandbox: SandboxService {
    /// `kvk`.
    public let name = "kvk"
    /// `/api`.
    public let basePath = "/api"
    /// The public API key of KVK's test environment, the only key the sandbox accepts.
    public static let testAPIKey = "l7xx1f2691f2520d487b902f4e0b57a0b197"

    let data = KVKSandboxData.shared

    /// Creates the fake.
    public init() {}

    /// Answers one request the way KVK does.
    public func respond(to request: SandboxRequest) async -> ServiceResponse {
        let segments = request.path.split(separator: "/").map(String.init)
        let route: Route
        switch (segments.first, segments.dropFirst().first, segments.count) {
        case ("v2", "zoeken", 2): route = .zoeken
        case ("v1", "basisprofielen", 3): route = .basisprofiel(segments[2], nil)
        case ("v1", "basisprofielen", 4) where ["eigenaar", "hoofdvestiging", "vestigingen"].contains(segments[3]):
            route = .basisprofiel(segments[2], segments[3])
        case ("v1", "vestigingsprofielen", 3): route = .vestigingsprofiel(segments[2])
        default:
            return SandboxResponses.problem(
                status: .notFound, title: "Deze URL bestaat niet in de sandbox.", code: "notFound",
                detail: "The KVK sandbox serves /api/v2/zoeken, /api/v1/basisprofielen/{kvkNummer}[/eigenaar|/hoofdvestiging|/vestigingen] and /api/v1/vestigingsprofielen/{vestigingsnummer}.")
        }
        guard request.method == .get else {
            return fout(.methodNotAllowed, "IPD1999", "Methode \(request.method.rawValue) is niet toegestaan.")
        }
        guard let key = HTTPField.Name("apikey").flatMap({ request.headerFields[$0] }), key == Self.testAPIKey else {
            return fout(.unauthorized, "unauthorized", "Geen of onjuiste apikey aangeleverd.")
        }
        switch route {
        case .zoeken: return search(request)
        case .basisprofiel(let number, let sub): return basisprofiel(number, sub, request)
        case .vestigingsprofiel(let number): return vestigingsprofiel(number, request)
        }
    }

    enum Route {
        case zoeken
        case basisprofiel(String, String?)
        case vestigingsprofiel(String)
    }

    /// A KVK error: `{"fout": [{"code", "omschrijving"}]}`.
    func fout(_ status: HTTPResponse.Status, _ code: String, _ omschrijving: String) -> ServiceResponse {
        SandboxResponses.json(KVKFoutBody(fout: [.init(code: code, omschrijving: omschrijving)]), status: status)
    }

    /// A KVK JSON answer with the `api-version` header.
    func answer(_ value: some Encodable, version: String) -> ServiceResponse {
        SandboxResponses.json(value, headers: [HTTPField.Name("api-version")!: version])
    }

    /// Checks that only `allowed` query parameters were sent (KVK rejects unknown ones since Basisprofiel 1.1.1).
    func unknownParameter(_ request: SandboxRequest, allowed: Set<String>) -> ServiceResponse? {
        guard let unknown = request.query.first(where: { !allowed.contains($0.name) }) else { return nil }
        return fout(.badRequest, "IPD1999", "De parameter \(unknown.name) wordt niet ondersteund.")
    }

    /// `geoData=true|false`, or an error.
    func geoData(_ request: SandboxRequest) -> Result<Bool, KVKSandboxFailure> {
        guard let text = request.queryValue("geoData") else { return .success(false) }
        guard let flag = Bool(text) else { return .failure(KVKSandboxFailure(response: fout(.badRequest, "IPD1999", "De parameter geoData moet true of false zijn."))) }
        return .success(flag)
    }
}

/// An error answer carried through a `Result`.
struct KVKSandboxFailure: Error {
    let response: ServiceResponse
}

/// KVK's error body.
struct KVKFoutBody: Encodable {
    struct Fout: Encodable {
        var code: String
        var omschrijving: String
    }
    var fout: [Fout]
}
