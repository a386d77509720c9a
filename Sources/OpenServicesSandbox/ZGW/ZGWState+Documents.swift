import Foundation
import HTTPTypes
import OpenServicesCore

extension ZGWState {
    /// `GET /enkelvoudiginformatieobjecten/{uuid}/download[?versie=N]`: the bytes as application/octet-stream.
    func download(_ uuid: String, _ document: ZGWObject, _ call: ZGWCall) -> ServiceResponse {
        let versie = call.request.queryValue("versie").flatMap(Int.init) ?? document["versie"]?.int ?? 1
        guard let data = contents[uuid]?[versie] else {
            return ZGWProblem.notFound("Dit document (of deze versie) heeft geen inhoud.")
        }
        var fields: HTTPFields = [.contentType: "application/octet-stream"]
        let name = document.text("bestandsnaam").flatMap { $0.isEmpty ? nil : $0 } ?? uuid
        fields[.contentDisposition] = "attachment; filename=\"\(name.replacingOccurrences(of: "\"", with: ""))\""
        return ServiceResponse(status: .ok, headerFields: fields, body: data)
    }

    /// `POST /enkelvoudiginformatieobjecten/{uuid}/lock`: `{"lock": "…"}`, or 400 `existing-lock`.
    mutating func lock(_ uuid: String, _ call: ZGWCall) -> ServiceResponse {
        guard locks[uuid] == nil else {
            return ZGWProblem.invalid("nonFieldErrors", "existing-lock", "Het document is al gelockt.")
        }
        let lock = UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        locks[uuid] = lock
        return call.json(["lock": .string(lock)])
    }

    /// `POST /enkelvoudiginformatieobjecten/{uuid}/unlock` with `{"lock": "…"}`: 204, or 400 `incorrect-lock-id`.
    mutating func unlock(_ uuid: String, _ call: ZGWCall) -> ServiceResponse {
        let given = call.body()?.text("lock")
        if let lock = locks[uuid], given != lock {
            return ZGWProblem.invalid("nonFieldErrors", "incorrect-lock-id", "Incorrect lock ID.")
        }
        locks[uuid] = nil
        return ServiceResponse(status: .noContent)
    }
}
