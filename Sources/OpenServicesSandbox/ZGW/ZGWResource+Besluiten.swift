extension ZGWResource {
    static let besluiten: [ZGWResource] = [besluit, besluitinformatieobject]

    static let besluit = ZGWResource(
        api: .besluiten, collection: "besluiten", name: "besluit",
        fields: [
            "identificatie": .init(.text(50)), "verantwoordelijkeOrganisatie": .init(.rsin),
            "besluittype": .init(.url("besluittypen")), "zaak": .init(.url("zaken")), "datum": .init(.date),
            "toelichting": .init(.text(nil)), "bestuursorgaan": .init(.text(50)), "ingangsdatum": .init(.date),
            "vervaldatum": .init(.date, nullable: true),
            "vervalreden": .init(.choice(["tijdelijk", "ingetrokken_overheid", "ingetrokken_belanghebbende"])),
            "publicatiedatum": .init(.date, nullable: true), "verzenddatum": .init(.date, nullable: true),
            "uiterlijkeReactiedatum": .init(.date, nullable: true),
        ],
        required: ["verantwoordelijkeOrganisatie", "besluittype", "datum", "ingangsdatum"],
        defaults: [
            "identificatie": "", "zaak": "", "toelichting": "", "bestuursorgaan": "", "vervaldatum": .null,
            "publicatiedatum": .null, "verzenddatum": .null, "uiterlijkeReactiedatum": .null,
        ],
        uuidField: false,
        filters: [
            "identificatie": .exact("identificatie"), "verantwoordelijkeOrganisatie": .exact("verantwoordelijkeOrganisatie"),
            "besluittype": .exact("besluittype", .url(nil)), "zaak": .exact("zaak", .url(nil)),
        ])

    static let besluitinformatieobject = ZGWResource(
        api: .besluiten, collection: "besluitinformatieobjecten", name: "besluitinformatieobject",
        fields: ["informatieobject": .init(.url("enkelvoudiginformatieobjecten")), "besluit": .init(.url("besluiten"))],
        required: ["informatieobject", "besluit"],
        uuidField: false, paged: false, itemMethods: [.get, .delete],
        filters: ["besluit": .exact("besluit", .url(nil)), "informatieobject": .exact("informatieobject", .url(nil))],
        hoofdField: "besluit")
}
