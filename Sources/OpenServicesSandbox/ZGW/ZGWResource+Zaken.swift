extension ZGWResource {
    static let vertrouwelijkheid = [
        "openbaar", "beperkt_openbaar", "intern", "zaakvertrouwelijk", "vertrouwelijk", "confidentieel", "geheim", "zeer_geheim",
    ]
    static let betrokkeneTypen = ["natuurlijk_persoon", "niet_natuurlijk_persoon", "vestiging", "organisatorische_eenheid", "medewerker"]
    static let omschrijvingenGeneriek = [
        "adviseur", "behandelaar", "belanghebbende", "beslisser", "initiator", "klantcontacter", "zaakcoordinator", "mede_initiator",
    ]
    static let objectTypen = [
        "adres", "besluit", "buurt", "enkelvoudig_document", "gemeente", "gemeentelijke_openbare_ruimte", "huishouden",
        "inrichtingselement", "kadastrale_onroerende_zaak", "kunstwerkdeel", "maatschappelijke_activiteit", "medewerker",
        "natuurlijk_persoon", "niet_natuurlijk_persoon", "openbare_ruimte", "organisatorische_eenheid", "pand", "spoorbaandeel",
        "status", "terreindeel", "terrein_gebouwd_object", "vestiging", "waterdeel", "wegdeel", "wijk", "woonplaats",
        "woz_deelobject", "woz_object", "woz_waarde", "zakelijk_recht", "overige",
    ]

    static let zaken: [ZGWResource] = [zaak, status, resultaat, rol, zaakobject, zaakinformatieobject, zaakeigenschap]

    static let zaak = ZGWResource(
        api: .zaken, collection: "zaken", name: "zaak",
        fields: [
            "identificatie": .init(.text(40)), "bronorganisatie": .init(.rsin), "omschrijving": .init(.text(80)),
            "toelichting": .init(.text(1000)), "zaaktype": .init(.url("zaaktypen")), "registratiedatum": .init(.date),
            "verantwoordelijkeOrganisatie": .init(.rsin), "startdatum": .init(.date),
            "einddatumGepland": .init(.date, nullable: true), "uiterlijkeEinddatumAfdoening": .init(.date, nullable: true),
            "publicatiedatum": .init(.date, nullable: true), "communicatiekanaal": .init(.url(nil)),
            "productenOfDiensten": .init(.urls(nil)), "vertrouwelijkheidaanduiding": .init(.choice(vertrouwelijkheid)),
            "betalingsindicatie": .init(.choice(["nvt", "nog_niet", "gedeeltelijk", "geheel"])),
            "laatsteBetaaldatum": .init(.dateTime, nullable: true), "zaakgeometrie": .init(.object, nullable: true),
            "verlenging": .init(.object, nullable: true), "opschorting": .init(.object, nullable: true),
            "selectielijstklasse": .init(.url(nil)), "hoofdzaak": .init(.url("zaken"), nullable: true),
            "relevanteAndereZaken": .init(.objects), "kenmerken": .init(.objects),
            "archiefnominatie": .init(.choice(["blijvend_bewaren", "vernietigen"]), nullable: true),
            "archiefstatus": .init(.choice(["nog_te_archiveren", "gearchiveerd", "gearchiveerd_procestermijn_onbekend", "overgedragen"])),
            "archiefactiedatum": .init(.date, nullable: true), "opdrachtgevendeOrganisatie": .init(.text(9)),
            "processobjectaard": .init(.text(200), nullable: true), "startdatumBewaartermijn": .init(.date, nullable: true),
            "processobject": .init(.object, nullable: true),
        ],
        required: ["bronorganisatie", "zaaktype", "verantwoordelijkeOrganisatie", "startdatum"],
        defaults: [
            "identificatie": "", "omschrijving": "", "toelichting": "", "einddatum": .null, "einddatumGepland": .null,
            "uiterlijkeEinddatumAfdoening": .null, "publicatiedatum": .null, "communicatiekanaal": "", "productenOfDiensten": [],
            "betalingsindicatie": "", "laatsteBetaaldatum": .null, "verlenging": .null,
            "opschorting": ["indicatie": false, "reden": ""], "selectielijstklasse": "", "hoofdzaak": .null,
            "relevanteAndereZaken": [], "kenmerken": [], "archiefnominatie": .null, "archiefstatus": "nog_te_archiveren",
            "archiefactiedatum": .null, "opdrachtgevendeOrganisatie": "", "processobjectaard": "",
            "startdatumBewaartermijn": .null, "processobject": .null,
        ],
        filters: zaakFilters)

    static let status = ZGWResource(
        api: .zaken, collection: "statussen", name: "status",
        fields: [
            "zaak": .init(.url("zaken")), "statustype": .init(.url("statustypen")), "datumStatusGezet": .init(.dateTime),
            "statustoelichting": .init(.text(1000)), "gezetdoor": .init(.url("rollen")),
        ],
        required: ["zaak", "statustype", "datumStatusGezet"],
        defaults: ["statustoelichting": "", "gezetdoor": ""],
        itemMethods: [.get],
        filters: [
            "zaak": .exact("zaak", .url(nil)), "statustype": .exact("statustype", .url(nil)),
            "indicatieLaatstGezetteStatus": ZGWFilter(.bool) { value, object, state in
                (state.latestStatus(of: object.text("zaak") ?? "")?.text("url") == object.text("url")) == (value == "true")
            },
        ],
        hoofdField: "zaak")

    static let resultaat = ZGWResource(
        api: .zaken, collection: "resultaten", name: "resultaat",
        fields: ["zaak": .init(.url("zaken")), "resultaattype": .init(.url("resultaattypen")), "toelichting": .init(.text(1000))],
        required: ["zaak", "resultaattype"],
        defaults: ["toelichting": ""],
        filters: ["zaak": .exact("zaak", .url(nil)), "resultaattype": .exact("resultaattype", .url(nil))],
        hoofdField: "zaak")

    static let rol = ZGWResource(
        api: .zaken, collection: "rollen", name: "rol",
        fields: [
            "zaak": .init(.url("zaken")), "betrokkene": .init(.url(nil)), "betrokkeneType": .init(.choice(betrokkeneTypen)),
            "afwijkendeNaamBetrokkene": .init(.text(625)), "roltype": .init(.url("roltypen")), "roltoelichting": .init(.text(1000)),
            "indicatieMachtiging": .init(.choice(["gemachtigde", "machtiginggever"])),
            "contactpersoonRol": .init(.object, nullable: true), "betrokkeneIdentificatie": .init(.object),
        ],
        required: ["zaak", "betrokkeneType", "roltype", "roltoelichting"],
        defaults: ["betrokkene": "", "afwijkendeNaamBetrokkene": "", "indicatieMachtiging": "", "contactpersoonRol": .null],
        itemMethods: [.get, .delete],
        filters: rolFilters,
        hoofdField: "zaak")

    static let zaakobject = ZGWResource(
        api: .zaken, collection: "zaakobjecten", name: "zaakobject",
        fields: [
            "zaak": .init(.url("zaken")), "object": .init(.url(nil)), "zaakobjecttype": .init(.url(nil)),
            "objectType": .init(.choice(objectTypen)), "objectTypeOverige": .init(.text(100)),
            "objectTypeOverigeDefinitie": .init(.object, nullable: true), "relatieomschrijving": .init(.text(80)),
            "objectIdentificatie": .init(.object),
        ],
        required: ["zaak", "objectType"],
        defaults: ["object": "", "zaakobjecttype": "", "relatieomschrijving": ""],
        filters: ["zaak": .exact("zaak", .url(nil)), "object": .exact("object", .url(nil)), "objectType": .exact("objectType", .choice(objectTypen))],
        hoofdField: "zaak")

    static let zaakinformatieobject = ZGWResource(
        api: .zaken, collection: "zaakinformatieobjecten", name: "zaakinformatieobject",
        fields: [
            "informatieobject": .init(.url("enkelvoudiginformatieobjecten")), "zaak": .init(.url("zaken")),
            "titel": .init(.text(200)), "beschrijving": .init(.text(nil)), "vernietigingsdatum": .init(.dateTime, nullable: true),
            "status": .init(.url("statussen"), nullable: true),
        ],
        required: ["informatieobject", "zaak"],
        defaults: ["titel": "", "beschrijving": "", "vernietigingsdatum": .null, "status": .null],
        paged: false,
        filters: ["zaak": .exact("zaak", .url(nil)), "informatieobject": .exact("informatieobject", .url(nil))],
        hoofdField: "zaak")

    static let zaakeigenschap = ZGWResource(
        api: .zaken, collection: "zaakeigenschappen", name: "zaakeigenschap",
        fields: ["zaak": .init(.url("zaken")), "eigenschap": .init(.url("eigenschappen")), "waarde": .init(.text(nil))],
        required: ["zaak", "eigenschap", "waarde"],
        paged: false,
        hoofdField: "zaak")
}
