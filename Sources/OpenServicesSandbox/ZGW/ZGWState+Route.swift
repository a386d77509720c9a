import Foundation
import HTTPTypes
import OpenServicesCore

extension ZGWState {
    /// Answers one authenticated request to one of the six APIs.
    mutating func respond(_ call: ZGWCall) -> ZGWOutcome {
        let segments = call.segments
        let method = call.request.method
        if call.api == .zaken, segments.first == "zaken", segments.count <= 2, let refusal = ZGWCRS.check(call.request) {
            return ZGWOutcome(response: refusal)
        }
        if [.post, .put, .patch].contains(method), !call.request.body.isEmpty,
           let type = call.request.headerFields[.contentType], !type.lowercased().hasPrefix("application/json") {
            return ZGWOutcome(response: ZGWProblem.response(
                .unsupportedMediaType, code: "unsupported_media_type", title: "Niet-ondersteund mediatype.",
                detail: "Ongeldige media type \"\(type)\" in aanvraag; gebruik application/json."))
        }
        switch (call.api, segments.first, segments.count) {
        case (.notificaties, "notificaties", 1):
            guard method == .post else { return ZGWOutcome(response: ZGWProblem.methodNotAllowed(method)) }
            return publish(call)
        case (.autorisaties, "applicaties", 2) where segments[1] == "consumer":
            guard method == .get else { return ZGWOutcome(response: ZGWProblem.methodNotAllowed(method)) }
            return ZGWOutcome(response: consumer(call))
        default:
            break
        }
        guard let first = segments.first, let resource = ZGWResource.named(first), resource.api == call.api else {
            return ZGWOutcome(response: ZGWProblem.notFound("Deze URL bestaat niet in de \(call.api.rawValue)-API van de sandbox."))
        }
        switch segments.count {
        case 1:
            guard resource.collectionMethods.contains(method) else { return ZGWOutcome(response: ZGWProblem.methodNotAllowed(method)) }
            return method == .get ? ZGWOutcome(response: list(resource, call)) : create(resource, call)
        case 2 where segments[1] == "_zoek" && ["zaken", "enkelvoudiginformatieobjecten"].contains(first):
            guard method == .post else { return ZGWOutcome(response: ZGWProblem.methodNotAllowed(method)) }
            return ZGWOutcome(response: search(resource, call))
        case 2:
            return item(resource, segments[1], call)
        case 3, 4:
            return nested(resource, segments, call)
        default:
            return ZGWOutcome(response: ZGWProblem.notFound())
        }
    }

    /// `GET|PUT|PATCH|DELETE /{collection}/{uuid}`.
    mutating func item(
        _ resource: ZGWResource, _ uuid: String, _ call: ZGWCall, scope: (field: String, url: String)? = nil
    ) -> ZGWOutcome {
        let method = call.request.method
        guard resource.itemMethods.contains(method) || method == .head else {
            return ZGWOutcome(response: ZGWProblem.methodNotAllowed(method))
        }
        switch method {
        case .get, .head: return ZGWOutcome(response: read(resource, uuid, call, scope: scope))
        case .put: return update(resource, uuid, partial: false, call, scope: scope)
        case .patch: return update(resource, uuid, partial: true, call, scope: scope)
        default: return delete(resource, uuid, call, scope: scope)
        }
    }

    /// Sub-resources: a document's download, lock and unlock; audit trails; a zaak's zaakeigenschappen.
    mutating func nested(_ resource: ZGWResource, _ segments: [String], _ call: ZGWCall) -> ZGWOutcome {
        let (uuid, action, method) = (segments[1], segments[2], call.request.method)
        guard let parent = object(resource.collection, uuid) else { return ZGWOutcome(response: ZGWProblem.notFound()) }
        let parentURL = parent.text("url") ?? ""
        switch (resource.collection, action, segments.count) {
        case ("enkelvoudiginformatieobjecten", "download", 3):
            guard method == .get else { return ZGWOutcome(response: ZGWProblem.methodNotAllowed(method)) }
            return ZGWOutcome(response: download(uuid, parent, call))
        case ("enkelvoudiginformatieobjecten", "lock", 3):
            guard method == .post else { return ZGWOutcome(response: ZGWProblem.methodNotAllowed(method)) }
            return ZGWOutcome(response: lock(uuid, call))
        case ("enkelvoudiginformatieobjecten", "unlock", 3):
            guard method == .post else { return ZGWOutcome(response: ZGWProblem.methodNotAllowed(method)) }
            return ZGWOutcome(response: unlock(uuid, call))
        case ("zaken", "audittrail", _), ("enkelvoudiginformatieobjecten", "audittrail", _), ("besluiten", "audittrail", _):
            guard method == .get else { return ZGWOutcome(response: ZGWProblem.methodNotAllowed(method)) }
            let entries = audit[parentURL] ?? []
            if segments.count == 3 { return ZGWOutcome(response: call.json(.array(entries.map(ZGWJSON.object)))) }
            guard let entry = entries.first(where: { $0.text("uuid") == segments[3] }) else {
                return ZGWOutcome(response: ZGWProblem.notFound())
            }
            return ZGWOutcome(response: call.json(.object(entry)))
        case ("zaken", "zaakeigenschappen", _):
            let eigenschappen = ZGWResource.zaakeigenschap
            let scope = (field: "zaak", url: parentURL)
            if segments.count == 4 { return item(eigenschappen, segments[3], call, scope: scope) }
            switch method {
            case .get: return ZGWOutcome(response: list(eigenschappen, call, scope: scope))
            case .post: return create(eigenschappen, call, scope: scope)
            default: return ZGWOutcome(response: ZGWProblem.methodNotAllowed(method))
            }
        default:
            return ZGWOutcome(response: ZGWProblem.notFound())
        }
    }

    /// `POST /zaken/_zoek` and `POST /enkelvoudiginformatieobjecten/_zoek`: the list filters in the body
    /// (lists for `…__in`), so that a BSN stays out of the URL.
    func search(_ resource: ZGWResource, _ call: ZGWCall) -> ServiceResponse {
        guard let body = call.body() else { return ZGWProblem.parseError() }
        if body["zaakgeometrie"] != nil {
            return ZGWProblem.invalid(
                "zaakgeometrie", "unsupported", "De sandbox zoekt niet op geometrie; gebruik de andere filters.")
        }
        var filters: [(name: String, value: String)] = []
        for (name, value) in body.sorted(by: { $0.key < $1.key }) where name != "expand" {
            if let items = value.array {
                filters.append((name, items.compactMap(\.filterText).joined(separator: ",")))
            } else if let text = value.filterText {
                filters.append((name, text))
            }
        }
        return list(resource, call, filters: filters)
    }

    /// `GET /applicaties/consumer?clientId=…`: the applicatie with that client id (one object, as
    /// Open Zaak answers), or 404.
    func consumer(_ call: ZGWCall) -> ServiceResponse {
        guard let clientID = call.request.queryValue("clientId"), !clientID.isEmpty else {
            return ZGWProblem.invalid([.required("clientId")])
        }
        guard let applicatie = all("applicaties").first(where: { ($0["clientIds"]?.array ?? []).contains(.string(clientID)) }) else {
            return ZGWProblem.notFound("Geen applicatie met deze clientId.")
        }
        return call.json(.object(applicatie))
    }
}
