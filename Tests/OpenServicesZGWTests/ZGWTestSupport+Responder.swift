import Foundation
import HTTPTypes
import OpenServicesTesting

/// A scripted Zaken and Catalogi provider (``ZGWTestSupport/responder()``) for request tests: answers every path of the two APIs with
/// the matching spec-shaped sample (a page for a paged list, an array for the unpaged ones, 201 for a
/// create, 204 for a delete), so one test can call every operation and inspect what was sent.
extension ZGWTestSupport {
    static func responder() -> ScriptedConnector {
        ScriptedConnector { request, _ in answer(request.head.method, path(request.head)) }
    }

    static func answer(_ method: HTTPRequest.Method, _ path: String) -> ScriptedResponse {
        if method == .delete { return .status(.noContent) }
        let created = method == .post && !path.hasSuffix("/_zoek")
        let parts = path.split(separator: "/").map(String.init)
        guard parts.count >= 4 else { return .problem(.notFound, #"{"title":"Niet gevonden","status":404,"code":"not_found"}"#) }
        let api = parts[0], rest = Array(parts.dropFirst(3))
        let body: String
        switch (api, rest.count, rest.first ?? "") {
        case ("zaken", 1, "zaken"): body = created ? zaakJSON() : page([zaakJSON()])
        case ("zaken", 2, "zaken") where rest[1] == "_zoek": body = page([zaakJSON()])
        case ("zaken", 2, "zaken"): body = zaakJSON()
        case ("zaken", 3, "zaken") where rest[2] == "zaakeigenschappen":
            body = created ? zaakeigenschapJSON() : "[\(zaakeigenschapJSON())]"
        case ("zaken", 3, "zaken"): body = "[\(audittrailJSON())]"
        case ("zaken", 4, "zaken") where rest[2] == "zaakeigenschappen": body = zaakeigenschapJSON()
        case ("zaken", 4, "zaken"): body = audittrailJSON()
        case ("zaken", 1, "zaakinformatieobjecten"): body = created ? zioJSON() : "[\(zioJSON())]"
        case ("zaken", 2, "zaakinformatieobjecten"): body = zioJSON()
        case ("zaken", _, let collection): body = single(collection, list: rest.count == 1 && !created)
        case ("catalogi", _, let collection): body = single(collection, list: rest.count == 1)
        default: return .problem(.notFound, #"{"title":"Niet gevonden","status":404,"code":"not_found"}"#)
        }
        return .json(body, status: created ? .created : .ok)
    }

    private static func single(_ collection: String, list: Bool) -> String {
        let item: String = switch collection {
        case "statussen": statusJSON()
        case "resultaten": resultaatJSON()
        case "rollen": rolJSON()
        case "zaakobjecten": zaakobjectJSON()
        case "catalogussen": catalogusJSON()
        case "zaaktypen": zaaktypeJSON()
        case "statustypen": statustypeJSON()
        case "roltypen": roltypeJSON()
        case "resultaattypen": resultaattypeJSON()
        case "eigenschappen": eigenschapJSON()
        case "informatieobjecttypen": informatieobjecttypeJSON()
        case "besluittypen": besluittypeJSON()
        default: "{}"
        }
        return list ? page([item]) : item
    }
}
