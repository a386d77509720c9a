import Foundation

/// The fictitious data every new ZGW store starts with (see the resources named on ``ZGWSandbox``).
enum ZGWSeed {
    static func state() -> ZGWState {
        var state = ZGWState()
        catalogi(&state)
        zaken(&state)
        documenten(&state)
        besluiten(&state)
        notificatiesEnAutorisaties(&state)
        state.counters = ["ZAAK2026": 5, "DOCUMENT2026": 2, "BESLUIT2026": 1]
        return state
    }

    /// Stores a seed resource with its `url` (and `uuid` where the resource has one).
    static func put(_ state: inout ZGWState, _ resource: ZGWSandbox.Resource, _ fields: ZGWObject) {
        var object = ZGWResource.named(resource.collection)?.defaults ?? [:]
        object.merge(fields) { _, new in new }
        object["url"] = .string(resource.canonical)
        if ZGWResource.named(resource.collection)?.uuidField == true { object["uuid"] = .string(resource.uuid) }
        state.store(resource.collection, resource.uuid, object)
    }

    /// A stable uuid for a seed sub-resource: kind and number in the uuid, e.g. `5a4e0101-0000-4000-8000-000000000001`.
    static func uuid(_ kind: Int, _ number: Int) -> String {
        let head = String(0x5a4e_0000 + kind, radix: 16)
        let tail = String(number, radix: 16)
        return "\(head)-0000-4000-8000-" + String(repeating: "0", count: 12 - tail.count) + tail
    }

    static func notificatiesEnAutorisaties(_ state: inout ZGWState) {
        let kanalen: [(String, [String])] = [
            ("zaken", ["bronorganisatie", "zaaktype", "vertrouwelijkheidaanduiding"]),
            ("documenten", ["bronorganisatie", "informatieobjecttype", "vertrouwelijkheidaanduiding"]),
            ("besluiten", ["verantwoordelijkeOrganisatie", "besluittype"]),
            ("autorisaties", []),
        ]
        for (index, (naam, filters)) in kanalen.enumerated() {
            put(&state, .init(.notificaties, "kanaal", "ca4a1000-0000-4000-8000-00000000000\(index + 1)"), [
                "naam": .string(naam), "documentatieLink": .string("https://vng-realisatie.github.io/gemma-zaken/standaard/\(naam)/"),
                "filters": .array(filters.map(ZGWJSON.string)),
            ])
        }
        put(&state, ZGWSandbox.applicatie, [
            "clientIds": [.string(ZGWSandbox.clientID)], "label": "OpenServices sandbox", "heeftAlleAutorisaties": true,
            "autorisaties": [],
        ])
    }
}
