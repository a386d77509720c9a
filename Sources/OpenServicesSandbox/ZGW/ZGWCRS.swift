import HTTPTypes
import OpenServicesCore

/// The coordinate reference system headers the Zaken API demands on `/zaken` (Open Zaak answers 412
/// without them): `Accept-Crs` on every call, `Content-Crs` too when a body is sent; only `EPSG:4326`.
enum ZGWCRS {
    static let system = "EPSG:4326"

    static func check(_ request: SandboxRequest) -> ServiceResponse? {
        if request.method == .delete { return nil }
        let accept = HTTPField.Name("Accept-Crs").flatMap { request.headerFields[$0] }
        let content = HTTPField.Name("Content-Crs").flatMap { request.headerFields[$0] }
        guard let accept else { return missing("Accept-Crs") }
        guard accept.lowercased() == system.lowercased() else {
            return ZGWProblem.response(
                .notAcceptable, code: "not_acceptable", title: "CRS niet beschikbaar.",
                detail: "De gevraagde CRS \(accept) wordt niet ondersteund; gebruik \(system).")
        }
        guard [.post, .put, .patch].contains(request.method) else { return nil }
        guard let content else { return missing("Content-Crs") }
        guard content.lowercased() == system.lowercased() else {
            return ZGWProblem.response(
                .unsupportedMediaType, code: "unsupported_media_type", title: "CRS niet ondersteund.",
                detail: "De CRS \(content) van de inhoud wordt niet ondersteund; gebruik \(system).")
        }
        return nil
    }

    static func missing(_ header: String) -> ServiceResponse {
        ZGWProblem.response(
            .preconditionFailed, code: "precondition_failed", title: "\(header) header ontbreekt",
            detail: "Het geo-veld vereist de header \(header): \(system).")
    }
}
