extension ZGWResource {
    static let documentStatussen = ["in_bewerking", "ter_vaststelling", "definitief", "gearchiveerd"]

    static let documenten: [ZGWResource] = [enkelvoudiginformatieobject, objectinformatieobject, gebruiksrechten]

    static let enkelvoudiginformatieobject = ZGWResource(
        api: .documenten, collection: "enkelvoudiginformatieobjecten", name: "enkelvoudiginformatieobject",
        fields: [
            "identificatie": .init(.text(40)), "bronorganisatie": .init(.rsin), "creatiedatum": .init(.date),
            "titel": .init(.text(200)), "vertrouwelijkheidaanduiding": .init(.choice(vertrouwelijkheid)),
            "auteur": .init(.text(200)), "status": .init(.choice(documentStatussen)), "formaat": .init(.text(255)),
            "taal": .init(.text(3)), "bestandsnaam": .init(.text(255)), "inhoud": .init(.base64, nullable: true),
            "bestandsomvang": .init(.int, nullable: true), "link": .init(.url(nil)), "beschrijving": .init(.text(1000)),
            "ontvangstdatum": .init(.date, nullable: true), "verzenddatum": .init(.date, nullable: true),
            "indicatieGebruiksrecht": .init(.bool, nullable: true), "verschijningsvorm": .init(.text(nil)),
            "ondertekening": .init(.object, nullable: true), "integriteit": .init(.object, nullable: true),
            "informatieobjecttype": .init(.url("informatieobjecttypen")), "trefwoorden": .init(.strings, nullable: true),
            "lock": .init(.text(nil)),
        ],
        required: ["bronorganisatie", "creatiedatum", "titel", "auteur", "taal", "informatieobjecttype"],
        defaults: [
            "identificatie": "", "status": "", "formaat": "", "bestandsnaam": "", "inhoud": .null, "bestandsomvang": .null,
            "link": "", "beschrijving": "", "ontvangstdatum": .null, "verzenddatum": .null, "indicatieGebruiksrecht": .null,
            "verschijningsvorm": "", "ondertekening": .null, "integriteit": .null, "trefwoorden": [], "bestandsdelen": [],
        ],
        uuidField: false,
        filters: [
            "identificatie": .exact("identificatie"), "bronorganisatie": .exact("bronorganisatie"),
            "trefwoorden": .contains("trefwoorden"), "uuid__in": uuidAmong,
            // Documenten 1.4.2 names the _zoek field `uuid_In`; Open Zaak takes `uuid__in`.
            "uuid_In": uuidAmong,
        ])

    /// The resource's uuid (the end of its URL) is one of the comma-separated values.
    static let uuidAmong = ZGWFilter { value, object, _ in
        let wanted = value.split(separator: ",").map(String.init)
        return wanted.contains { object.text("url")?.hasSuffix("/" + $0) ?? false }
    }

    static let objectinformatieobject = ZGWResource(
        api: .documenten, collection: "objectinformatieobjecten", name: "objectinformatieobject",
        fields: [
            "informatieobject": .init(.url("enkelvoudiginformatieobjecten")), "object": .init(.url(nil)),
            "objectType": .init(.choice(["besluit", "zaak", "verzoek"])),
        ],
        required: ["informatieobject", "object", "objectType"],
        uuidField: false, paged: false, itemMethods: [.get, .delete],
        filters: ["object": .exact("object", .url(nil)), "informatieobject": .exact("informatieobject", .url(nil))],
        hoofdField: "informatieobject")

    static let gebruiksrechten = ZGWResource(
        api: .documenten, collection: "gebruiksrechten", name: "gebruiksrechten",
        fields: [
            "informatieobject": .init(.url("enkelvoudiginformatieobjecten")), "startdatum": .init(.dateTime),
            "einddatum": .init(.dateTime, nullable: true), "omschrijvingVoorwaarden": .init(.text(nil)),
        ],
        required: ["informatieobject", "startdatum", "omschrijvingVoorwaarden"],
        defaults: ["einddatum": .null],
        uuidField: false, paged: false,
        filters: ZGWFilter.dates("startdatum").merging(ZGWFilter.dates("einddatum")) { first, _ in first }
            .merging(["informatieobject": .exact("informatieobject", .url(nil))]) { first, _ in first },
        hoofdField: "informatieobject")
}
