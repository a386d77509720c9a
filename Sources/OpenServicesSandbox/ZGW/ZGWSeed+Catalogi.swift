/// The sandbox's fictitious catalogus: three zaaktypen (two published, one concept) with their
/// statustypen, roltypen, resultaattypen, eigenschappen, informatieobjecttypen and besluittypen.
extension ZGWSeed {
    typealias R = ZGWSandbox.Resource

    struct Zaaktype {
        var resource: R
        var identificatie: String
        var omschrijving: String
        var concept: Bool
        var doel: String
        var statustypen: [(R, String)]
        var roltypen: [(R, String, String)]
        var resultaattypen: [(R, String, String)]
        var eigenschappen: [(R, String, String)]
        var informatieobjecttypen: [R]
        var besluittypen: [R]
    }

    static func catalogi(_ state: inout ZGWState) {
        let iotFoto = ZGWSandbox.informatieobjecttypeFoto, iotAanvraag = ZGWSandbox.informatieobjecttypeAanvraag
        let iotBrief = ZGWSandbox.informatieobjecttypeBesluitbrief
        let iotMelding = R(.catalogi, "informatieobjecttypen", "10170000-0000-4000-8000-000000000002")
        let iotBezwaar = R(.catalogi, "informatieobjecttypen", "10170000-0000-4000-8000-000000000005")
        let btBezwaar = R(.catalogi, "besluittypen", "be5a1000-0000-4000-8000-000000000003")
        let zaaktypen = [
            Zaaktype(
                resource: ZGWSandbox.zaaktypeMelding, identificatie: "SBX-MOR", omschrijving: "Melding openbare ruimte", concept: false,
                doel: "Een melding over de openbare ruimte afhandelen.",
                statustypen: [
                    (ZGWSandbox.statustypeMeldingOntvangen, "Ontvangen"), (ZGWSandbox.statustypeMeldingInBehandeling, "In behandeling"),
                    (ZGWSandbox.statustypeMeldingAfgehandeld, "Afgehandeld"),
                ],
                roltypen: [
                    (ZGWSandbox.roltypeMelder, "Melder", "initiator"), (ZGWSandbox.roltypeMeldingBehandelaar, "Behandelaar", "behandelaar"),
                ],
                resultaattypen: [
                    (ZGWSandbox.resultaattypeOpgelost, "Opgelost", "vernietigen"),
                    (R(.catalogi, "resultaattypen", "7e5a1000-0000-4000-8000-000000000012"), "Niet opgelost", "vernietigen"),
                ],
                eigenschappen: [
                    (ZGWSandbox.eigenschapLocatie, "locatieomschrijving", "Waar het probleem zich voordoet."),
                    (R(.catalogi, "eigenschappen", "e1e50000-0000-4000-8000-000000000012"), "categorie", "Soort melding."),
                ],
                informatieobjecttypen: [iotFoto, iotMelding], besluittypen: [ZGWSandbox.besluittypeMelding]),
            Zaaktype(
                resource: ZGWSandbox.zaaktypeParkeervergunning, identificatie: "SBX-APV", omschrijving: "Aanvraag parkeervergunning",
                concept: false, doel: "Beslissen op een aanvraag voor een parkeervergunning.",
                statustypen: [
                    (ZGWSandbox.statustypeParkeervergunningOntvangen, "Ontvangen"),
                    (ZGWSandbox.statustypeParkeervergunningInBehandeling, "In behandeling"),
                    (ZGWSandbox.statustypeParkeervergunningBesluitGenomen, "Besluit genomen"),
                ],
                roltypen: [
                    (ZGWSandbox.roltypeAanvrager, "Aanvrager", "initiator"),
                    (ZGWSandbox.roltypeParkeervergunningBehandelaar, "Behandelaar", "behandelaar"),
                    (R(.catalogi, "roltypen", "7017e000-0000-4000-8000-000000000023"), "Beslisser", "beslisser"),
                ],
                resultaattypen: [
                    (ZGWSandbox.resultaattypeVerleend, "Verleend", "vernietigen"),
                    (ZGWSandbox.resultaattypeGeweigerd, "Geweigerd", "vernietigen"),
                ],
                eigenschappen: [
                    (ZGWSandbox.eigenschapKenteken, "kenteken", "Het kenteken van de auto."),
                    (R(.catalogi, "eigenschappen", "e1e50000-0000-4000-8000-000000000022"), "vergunningtype", "Bewoner of bedrijf."),
                ],
                informatieobjecttypen: [iotAanvraag, iotBrief], besluittypen: [ZGWSandbox.besluittypeParkeervergunning]),
            Zaaktype(
                resource: ZGWSandbox.zaaktypeBezwaar, identificatie: "SBX-BZW", omschrijving: "Bezwaar", concept: true,
                doel: "Beslissen op een bezwaarschrift.",
                statustypen: [(R(.catalogi, "statustypen", "57a70000-0000-4000-8000-000000000031"), "Ontvangen")],
                roltypen: [(R(.catalogi, "roltypen", "7017e000-0000-4000-8000-000000000031"), "Bezwaarmaker", "initiator")],
                resultaattypen: [(R(.catalogi, "resultaattypen", "7e5a1000-0000-4000-8000-000000000031"), "Gegrond", "blijvend_bewaren")],
                eigenschappen: [(R(.catalogi, "eigenschappen", "e1e50000-0000-4000-8000-000000000031"), "bezwaarreden", "Waarom.")],
                informatieobjecttypen: [iotBezwaar], besluittypen: [btBezwaar]),
        ]
        let catalogus = ZGWSandbox.catalogus.canonical
        let iots: [(R, String, String)] = [
            (iotFoto, "Foto", "openbaar"), (iotMelding, "Melding", "openbaar"), (iotAanvraag, "Aanvraagformulier", "vertrouwelijk"),
            (iotBrief, "Besluitbrief", "vertrouwelijk"), (iotBezwaar, "Bezwaarschrift", "vertrouwelijk"),
        ]
        let besluittypen: [(R, String, [R], Bool)] = [
            (ZGWSandbox.besluittypeMelding, "Besluit op melding", [iotMelding], false),
            (ZGWSandbox.besluittypeParkeervergunning, "Parkeervergunning", [iotBrief], false),
            (btBezwaar, "Beslissing op bezwaar", [iotBezwaar], true),
        ]
        put(&state, ZGWSandbox.catalogus, [
            "domein": "SBX", "rsin": .string(ZGWSandbox.rsin), "contactpersoonBeheerNaam": "Sandbox Beheer",
            "contactpersoonBeheerTelefoonnummer": "0101234567", "contactpersoonBeheerEmailadres": "beheer@sandbox.invalid",
            "zaaktypen": urls(zaaktypen.map(\.resource)), "besluittypen": urls(besluittypen.map(\.0)),
            "informatieobjecttypen": urls(iots.map(\.0)), "naam": "Sandbox-catalogus", "versie": "1", "begindatumVersie": "2026-01-01",
        ])
        for (resource, omschrijving, vertrouwelijkheid) in iots {
            let users = zaaktypen.filter { $0.informatieobjecttypen.contains(resource) }
            put(&state, resource, [
                "catalogus": .string(catalogus), "omschrijving": .string(omschrijving),
                "vertrouwelijkheidaanduiding": .string(vertrouwelijkheid), "beginGeldigheid": "2026-01-01", "eindeGeldigheid": .null,
                "beginObject": .null, "eindeObject": .null, "concept": false, "zaaktypen": urls(users.map(\.resource)),
                "besluittypen": urls(besluittypen.filter { $0.2.contains(resource) }.map(\.0)),
                "informatieobjectcategorie": "Overig", "trefwoord": [],
            ])
        }
        for (resource, omschrijving, types, concept) in besluittypen {
            let users = zaaktypen.filter { $0.besluittypen.contains(resource) }
            put(&state, resource, [
                "catalogus": .string(catalogus), "zaaktypen": urls(users.map(\.resource)), "omschrijving": .string(omschrijving),
                "omschrijvingGeneriek": "", "besluitcategorie": "", "reactietermijn": "P6W", "publicatieIndicatie": false,
                "publicatietekst": "", "publicatietermijn": .null, "toelichting": "", "informatieobjecttypen": urls(types),
                "beginGeldigheid": "2026-01-01", "eindeGeldigheid": .null, "beginObject": .null, "eindeObject": .null,
                "concept": .bool(concept), "resultaattypen": [], "resultaattypenOmschrijving": [], "vastgelegdIn": [],
            ])
        }
        for zaaktype in zaaktypen { seed(zaaktype, catalogus: catalogus, &state) }
    }

    static func seed(_ zaaktype: Zaaktype, catalogus: String, _ state: inout ZGWState) {
        let url = ZGWJSON.string(zaaktype.resource.canonical)
        let common: ZGWObject = [
            "zaaktype": url, "zaaktypeIdentificatie": .string(zaaktype.identificatie), "catalogus": .string(catalogus),
            "beginGeldigheid": "2026-01-01", "eindeGeldigheid": .null, "beginObject": .null, "eindeObject": .null,
        ]
        put(&state, zaaktype.resource, [
            "identificatie": .string(zaaktype.identificatie), "omschrijving": .string(zaaktype.omschrijving), "omschrijvingGeneriek": "",
            "vertrouwelijkheidaanduiding": "zaakvertrouwelijk", "doel": .string(zaaktype.doel),
            "aanleiding": "Een inwoner of bedrijf neemt contact op.", "toelichting": "Fictief zaaktype van de OpenServices-sandbox.",
            "indicatieInternOfExtern": "extern", "handelingInitiator": "Indienen", "onderwerp": .string(zaaktype.omschrijving),
            "handelingBehandelaar": "Behandelen", "doorlooptijd": "P8W", "servicenorm": .null,
            "opschortingEnAanhoudingMogelijk": false, "verlengingMogelijk": true, "verlengingstermijn": "P4W",
            "trefwoorden": ["sandbox"], "publicatieIndicatie": false, "publicatietekst": "", "verantwoordingsrelatie": [],
            "productenOfDiensten": [.string("https://producten.sandbox.invalid/\(zaaktype.identificatie.lowercased())")],
            "selectielijstProcestype": "", "referentieproces": ["naam": .string(zaaktype.omschrijving), "link": ""],
            "verantwoordelijke": "Gemeente Sandbox", "zaakobjecttypen": [], "catalogus": .string(catalogus),
            "statustypen": urls(zaaktype.statustypen.map(\.0)), "resultaattypen": urls(zaaktype.resultaattypen.map(\.0)),
            "eigenschappen": urls(zaaktype.eigenschappen.map(\.0)), "informatieobjecttypen": urls(zaaktype.informatieobjecttypen),
            "roltypen": urls(zaaktype.roltypen.map(\.0)), "besluittypen": urls(zaaktype.besluittypen), "deelzaaktypen": [],
            "gerelateerdeZaaktypen": [], "beginGeldigheid": "2026-01-01", "eindeGeldigheid": .null, "beginObject": .null,
            "eindeObject": .null, "versiedatum": "2026-01-01", "concept": .bool(zaaktype.concept),
        ])
        for (index, (resource, omschrijving)) in zaaktype.statustypen.enumerated() {
            put(&state, resource, common.merging([
                "omschrijving": .string(omschrijving), "omschrijvingGeneriek": "", "statustekst": "",
                "volgnummer": .int(index + 1), "isEindstatus": .bool(index == zaaktype.statustypen.count - 1), "informeren": false,
                "doorlooptijd": .null, "toelichting": .null, "checklistitemStatustype": [], "eigenschappen": [], "zaakobjecttype": "",
            ]) { _, new in new })
        }
        for (resource, omschrijving, generiek) in zaaktype.roltypen {
            put(&state, resource, common.merging(["omschrijving": .string(omschrijving), "omschrijvingGeneriek": .string(generiek)]) { _, new in new })
        }
        for (resource, omschrijving, nominatie) in zaaktype.resultaattypen {
            let klasse = nominatie == "vernietigen" ? "10000000-0000-4000-8000-000000000001" : "10000000-0000-4000-8000-000000000002"
            put(&state, resource, common.merging([
                "omschrijving": .string(omschrijving),
                "resultaattypeomschrijving": "https://selectielijst.openzaak.nl/api/v1/resultaattypeomschrijvingen/fb65d251-1518-4185-865f-b8bdcfad07b1",
                "omschrijvingGeneriek": "Afgehandeld",
                "selectielijstklasse": .string("https://selectielijst.openzaak.nl/api/v1/resultaten/\(klasse)"),
                "toelichting": "", "archiefnominatie": .string(nominatie), "archiefactietermijn": "P5Y",
                "brondatumArchiefprocedure": [
                    "afleidingswijze": "afgehandeld", "datumkenmerk": "", "einddatumBekend": false, "objecttype": "",
                    "registratie": "", "procestermijn": .null,
                ],
                "procesobjectaard": "", "indicatieSpecifiek": .null, "procestermijn": .null, "besluittypen": [],
                "besluittypeOmschrijving": [], "informatieobjecttypen": [], "informatieobjecttypeOmschrijving": [], "zaakobjecttypen": [],
            ]) { _, new in new })
        }
        for (resource, naam, definitie) in zaaktype.eigenschappen {
            put(&state, resource, common.merging([
                "naam": .string(naam), "definitie": .string(definitie),
                "specificatie": ["groep": "", "formaat": "tekst", "lengte": "100", "kardinaliteit": "1", "waardenverzameling": []],
                "toelichting": "", "statustype": .null,
            ]) { _, new in new })
        }
    }

    static func urls(_ resources: [R]) -> ZGWJSON { .array(resources.map { .string($0.canonical) }) }
}
