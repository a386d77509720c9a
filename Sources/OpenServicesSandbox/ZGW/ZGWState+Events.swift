import Foundation

extension ZGWState {
    /// Records a change: an audit trail entry under its hoofdObject (Zaken, Documenten, Besluiten) and
    /// the notification to publish on the API's kanaal. Returns the notification (canonical URLs).
    mutating func record(
        _ resource: ZGWResource, action: String, old: ZGWObject?, new: ZGWObject?, status: Int, _ call: ZGWCall
    ) -> [ZGWObject] {
        guard let kanaal = resource.api.kanaal, let subject = new ?? old, let resourceURL = subject.text("url") else { return [] }
        let hoofdURL = resource.hoofdField.flatMap { subject.text($0) } ?? resourceURL
        let hoofd = hoofdURL == resourceURL ? subject : (object(at: hoofdURL) ?? subject)
        let now = ZGWDates.dateTimeText(call.now)
        if let bron = resource.api.bron {
            var wijzigingen: ZGWObject = [:]
            if let old { wijzigingen["oud"] = rendered(resource.collection, old) }
            if let new { wijzigingen["nieuw"] = rendered(resource.collection, new) }
            let weergaven = [
                "create": "Object aangemaakt", "update": "Object bijgewerkt", "partial_update": "Object deels bijgewerkt",
                "destroy": "Object verwijderd",
            ]
            let uuid = UUID().uuidString.lowercased()
            audit[hoofdURL, default: []].append([
                "uuid": .string(uuid), "bron": .string(bron),
                "applicatieId": .string(call.claims.clientID), "applicatieWeergave": "OpenServices sandbox",
                "gebruikersId": .string(call.claims.userID), "gebruikersWeergave": .string(call.claims.userRepresentation),
                "actie": .string(action), "actieWeergave": .string(weergaven[action] ?? action), "resultaat": .int(status),
                "hoofdObject": .string(hoofdURL), "resource": .string(resource.name), "resourceUrl": .string(resourceURL),
                "toelichting": .string(call.toelichting),
                "resourceWeergave": .string(subject.text("identificatie").flatMap { $0.isEmpty ? nil : $0 } ?? ZGWState.uuid(of: subject) ?? ""),
                "aanmaakdatum": .string(now), "wijzigingen": .object(wijzigingen),
            ])
        }
        var kenmerken: ZGWObject = [:]
        for name in resource.api.kenmerken {
            if let value = hoofd.text(name), !value.isEmpty { kenmerken[name] = .string(value) }
        }
        return [[
            "kanaal": .string(kanaal), "hoofdObject": .string(hoofdURL), "resource": .string(resource.name),
            "resourceUrl": .string(resourceURL), "actie": .string(action), "aanmaakdatum": .string(now),
            "kenmerken": .object(kenmerken),
        ]]
    }

    /// The deliveries of a notification: one per abonnement with a matching kanaal whose filters all
    /// equal the notification's kenmerken. URLs are given under `origin`.
    func deliveries(of message: ZGWObject, origin: String) -> [ZGWDelivery] {
        let kanaal = message.text("kanaal")
        let kenmerken = message["kenmerken"]?.object ?? [:]
        let body = ZGWJSON.object(message).mappingStrings { ZGWURLs.external($0, origin: origin) }.encoded()
        return all("abonnement").compactMap { abonnement in
            let subscribed = (abonnement["kanalen"]?.array ?? []).contains { entry in
                guard entry["naam"]?.string == kanaal else { return false }
                let filters = entry["filters"]?.object ?? [:]
                return filters.allSatisfy { key, value in kenmerken[key]?.string == value.string }
            }
            guard subscribed, let callback = abonnement.text("callbackUrl") else { return nil }
            return ZGWDelivery(callbackURL: ZGWURLs.external(callback, origin: origin), auth: abonnement.text("auth") ?? "", body: body)
        }
    }
}
