extension ZGWResource {
    static let notificaties: [ZGWResource] = [
        ZGWResource(
            api: .notificaties, collection: "kanaal", name: "kanaal",
            fields: ["naam": .init(.text(50)), "documentatieLink": .init(.url(nil)), "filters": .init(.strings)],
            required: ["naam"],
            defaults: ["documentatieLink": "", "filters": []],
            uuidField: false, paged: false, itemMethods: [.get],
            filters: ["naam": .exact("naam")]),
        ZGWResource(
            api: .notificaties, collection: "abonnement", name: "abonnement",
            fields: ["callbackUrl": .init(.url(nil)), "auth": .init(.text(1000)), "kanalen": .init(.objects)],
            required: ["callbackUrl", "auth", "kanalen"],
            uuidField: false, paged: false),
    ]

    static let autorisaties: [ZGWResource] = [
        ZGWResource(
            api: .autorisaties, collection: "applicaties", name: "applicatie",
            fields: [
                "clientIds": .init(.strings), "label": .init(.text(100)), "heeftAlleAutorisaties": .init(.bool),
                "autorisaties": .init(.objects),
            ],
            required: ["clientIds", "label"],
            defaults: ["heeftAlleAutorisaties": false, "autorisaties": []],
            uuidField: false,
            filters: ["clientIds": .contains("clientIds")]),
    ]
}
