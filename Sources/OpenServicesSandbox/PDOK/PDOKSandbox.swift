import Foundation
import HTTPTypes
import OpenServicesPDOK
public import OpenServicesCore

/// The sandbox's PDOK Locatieserver v3_1 (`/bzk/locatieserver/search/v3_1`): `free`, `suggest`,
/// `lookup` and `reverse` over `adres`, `weg`, `postcode`, `woonplaats` and `gemeente` documents for
/// the sandbox addresses. No key is needed.
///
/// Like the real service it checks its parameters twice: the request validator answers a malformed
/// or out-of-range `rows`/`start`/`fl` with `400 text/plain` (`parameter "rows" in query has an
/// error: …`), and Solr answers an unknown field in `fq` with `400` and
/// `{"error": {"code": 400, "msg": "undefined field …", "metadata": [...]}}`.
///
/// ```swift
/// let sandbox = Sandbox(services: [PDOKSandbox()])
/// let pdok = PDOKClient(pipeline: Pipeline(connector: sandbox), baseURL: sandbox.baseURL(for: "pdok")!)
/// let result = try await pdok.free("Wijnhavenkade 12 Rotterdam")
/// ```
public struct PDOKSandbox: SandboxService {
    /// `pdok`.
    public let name = "pdok"
    /// `/bzk/locatieserver/search/v3_1`.
    public let basePath = "/bzk/locatieserver/search/v3_1"

    let data = PDOKSandboxData.shared

    /// Creates the fake.
    public init() {}

    /// Answers one request the way the Locatieserver does.
    public func respond(to request: SandboxRequest) async -> ServiceResponse {
        guard request.method == .get else {
            return ServiceResponse(status: .methodNotAllowed, headerFields: [.contentType: "text/plain; charset=utf-8"], body: Data("method not allowed".utf8))
        }
        switch request.path {
        case "/free": return search(request, suggest: false)
        case "/suggest": return search(request, suggest: true)
        case "/lookup": return lookup(request)
        case "/reverse": return reverse(request)
        default:
            return ServiceResponse(status: .notFound, headerFields: [.contentType: "text/plain; charset=utf-8"], body: Data("404 page not found".utf8))
        }
    }

    /// The request validator's answer: `400 text/plain`.
    func invalidParameter(_ name: String, _ reason: String) -> ServiceResponse {
        ServiceResponse(
            status: .badRequest, headerFields: [.contentType: "text/plain; charset=utf-8"],
            body: Data("parameter \"\(name)\" in query has an error: \(reason)".utf8))
    }

    /// Solr's error answer: `{"error": {"metadata": [...], "msg": …, "code": 400}}`.
    func solrError(_ message: String) -> ServiceResponse {
        struct Body: Encodable {
            struct Failure: Encodable {
                var metadata: [String]
                var msg: String
                var code: Int
            }
            var error: Failure
        }
        return SandboxResponses.json(
            Body(error: .init(
                metadata: ["error-class", "org.apache.solr.common.SolrException", "root-error-class", "org.apache.solr.common.SolrException"],
                msg: message, code: 400)),
            status: .badRequest)
    }
}
