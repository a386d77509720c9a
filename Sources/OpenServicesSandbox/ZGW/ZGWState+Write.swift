import Foundation
import OpenServicesCore

extension ZGWState {
    /// `POST /{collection}`: validates like Open Zaak (fields, then relations), stores, records the
    /// audit trail and the notification, answers 201 with the resource.
    mutating func create(_ resource: ZGWResource, _ call: ZGWCall, scope: (field: String, url: String)? = nil) -> ZGWOutcome {
        guard var body = call.body() else { return ZGWOutcome(response: ZGWProblem.parseError()) }
        if let scope {
            if body[scope.field] == nil { body[scope.field] = .string(scope.url) }
            if body.text(scope.field) != scope.url {
                return ZGWOutcome(response: ZGWProblem.invalid(scope.field, "invalid", "Hoort niet bij de zaak in de URL."))
            }
        }
        let uuid = UUID().uuidString.lowercased()
        var object = resource.defaults
        for (key, value) in body where resource.fields[key] != nil { object[key] = value }
        object["url"] = .string(url(resource, uuid, object))
        if resource.uuidField { object["uuid"] = .string(uuid) }
        var problems = fieldProblems(resource, body, requireAll: true)
        if problems.isEmpty { problems = relationProblems(resource.collection, object, existing: nil, given: body, call) }
        if problems.isEmpty { problems = prepare(resource.collection, &object, existing: nil, given: body, call) }
        guard problems.isEmpty else { return ZGWOutcome(response: ZGWProblem.invalid(problems)) }
        store(resource.collection, uuid, object)
        afterWrite(resource.collection, object, existing: nil, call)
        let messages = record(resource, action: "create", old: nil, new: object, status: 201, call)
        return ZGWOutcome(response: call.json(rendered(resource.collection, object), status: .created), messages: messages)
    }

    /// `PUT` (every required field) or `PATCH` (only what is given) of `/{collection}/{uuid}`.
    mutating func update(
        _ resource: ZGWResource, _ uuid: String, partial: Bool, _ call: ZGWCall, scope: (field: String, url: String)? = nil
    ) -> ZGWOutcome {
        guard let existing = object(resource.collection, uuid), scope.map({ existing.text($0.field) == $0.url }) ?? true else {
            return ZGWOutcome(response: ZGWProblem.notFound())
        }
        guard let body = call.body() else { return ZGWOutcome(response: ZGWProblem.parseError()) }
        var object = existing
        for (key, value) in body where resource.fields[key] != nil { object[key] = value }
        var problems = fieldProblems(resource, body, requireAll: !partial)
        if problems.isEmpty { problems = relationProblems(resource.collection, object, existing: existing, given: body, call) }
        if problems.isEmpty { problems = prepare(resource.collection, &object, existing: existing, given: body, call) }
        guard problems.isEmpty else { return ZGWOutcome(response: ZGWProblem.invalid(problems)) }
        store(resource.collection, uuid, object)
        afterWrite(resource.collection, object, existing: existing, call)
        let messages = record(resource, action: partial ? "partial_update" : "update", old: existing, new: object, status: 200, call)
        return ZGWOutcome(response: call.json(rendered(resource.collection, object)), messages: messages)
    }

    /// `DELETE /{collection}/{uuid}`: 204, with the resources that depend on it.
    mutating func delete(
        _ resource: ZGWResource, _ uuid: String, _ call: ZGWCall, scope: (field: String, url: String)? = nil
    ) -> ZGWOutcome {
        guard let existing = object(resource.collection, uuid), scope.map({ existing.text($0.field) == $0.url }) ?? true else {
            return ZGWOutcome(response: ZGWProblem.notFound())
        }
        let problems = deletionProblems(resource.collection, existing)
        guard problems.isEmpty else { return ZGWOutcome(response: ZGWProblem.invalid(problems)) }
        let messages = record(resource, action: "destroy", old: existing, new: nil, status: 204, call)
        remove(resource.collection, uuid)
        cascade(resource.collection, existing)
        return ZGWOutcome(response: ServiceResponse(status: .noContent), messages: messages)
    }

    /// `GET /{collection}/{uuid}`.
    func read(_ resource: ZGWResource, _ uuid: String, _ call: ZGWCall, scope: (field: String, url: String)? = nil) -> ServiceResponse {
        guard let object = object(resource.collection, uuid), scope.map({ object.text($0.field) == $0.url }) ?? true else {
            return ZGWProblem.notFound()
        }
        if resource.collection == "enkelvoudiginformatieobjecten", let versie = call.request.queryValue("versie") {
            guard let number = Int(versie), let old = versions[uuid]?[number] else { return ZGWProblem.notFound() }
            return call.json(rendered(resource.collection, old))
        }
        return call.json(rendered(resource.collection, object))
    }

    /// Missing required fields and type errors of the given fields.
    func fieldProblems(_ resource: ZGWResource, _ body: ZGWObject, requireAll: Bool) -> [ZGWInvalidParam] {
        var problems: [ZGWInvalidParam] = []
        if requireAll {
            problems += resource.required.filter { body[$0] == nil }.map(ZGWInvalidParam.required)
        }
        for (name, value) in body.sorted(by: { $0.key < $1.key }) {
            guard let field = resource.fields[name] else { continue }
            if let problem = problem(name, value, field, required: resource.required.contains(name)) { problems.append(problem) }
        }
        return problems
    }

    /// The canonical URL of a new resource.
    func url(_ resource: ZGWResource, _ uuid: String, _ object: ZGWObject) -> String {
        if resource.collection == "zaakeigenschappen", let zaak = object.text("zaak").flatMap({ ZGWURLs.resolve($0)?.uuid }) {
            return ZGWURLs.resource(.zaken, "zaken/\(zaak)/zaakeigenschappen", uuid)
        }
        return ZGWURLs.resource(resource.api, resource.collection, uuid)
    }
}
