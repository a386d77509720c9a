import Foundation
import OpenServicesCore

extension ZGWState {
    /// `POST /notificaties`: validates the message like Open Notificaties, answers 200 with it and
    /// hands it on for delivery to the matching abonnementen.
    func publish(_ call: ZGWCall) -> ZGWOutcome {
        guard let body = call.body() else { return ZGWOutcome(response: ZGWProblem.parseError()) }
        let fields: [String: ZGWField] = [
            "kanaal": .init(.text(50)), "hoofdObject": .init(.url(nil)), "resource": .init(.text(100)),
            "resourceUrl": .init(.url(nil)), "actie": .init(.text(100)), "aanmaakdatum": .init(.dateTime),
            "kenmerken": .init(.object),
        ]
        let required = ["kanaal", "hoofdObject", "resource", "resourceUrl", "actie", "aanmaakdatum"]
        var problems = required.filter { body[$0] == nil }.map(ZGWInvalidParam.required)
        for (name, value) in body.sorted(by: { $0.key < $1.key }) {
            guard let field = fields[name] else { continue }
            if let problem = problem(name, value, field, required: true) { problems.append(problem) }
        }
        if let kenmerken = body["kenmerken"]?.object, kenmerken.values.contains(where: { $0.string == nil }) {
            problems.append(ZGWInvalidParam("kenmerken", "invalid", "Kenmerken zijn tekstwaarden."))
        }
        if problems.isEmpty, let naam = body.text("kanaal"), !all("kanaal").contains(where: { $0.text("naam") == naam }) {
            problems.append(ZGWInvalidParam("kanaal", "does_not_exist", "Kanaal bestaat niet."))
        }
        guard problems.isEmpty else { return ZGWOutcome(response: ZGWProblem.invalid(problems)) }
        let message = body.filter { fields[$0.key] != nil }
        return ZGWOutcome(response: call.json(.object(message)), messages: [message])
    }
}
