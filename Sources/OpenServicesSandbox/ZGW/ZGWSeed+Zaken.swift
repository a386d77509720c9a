import Foundation

/// Five fictitious zaken (three for sandbox BRP persons), two documents and a besluit.
extension ZGWSeed {
    static let moulin: ZGWJSON = [
        "inpBsn": "999993653", "anpIdentificatie": "", "geslachtsnaam": "Moulin",
        "voorvoegselGeslachtsnaam": "", "voorletters": "S.", "voornamen": "Suzanne", "geslachtsaanduiding": "v",
        "geboortedatum": "19851201",
    ]
    static let deVries: ZGWJSON = [
        "inpBsn": "999990007", "anpIdentificatie": "", "geslachtsnaam": "Vries",
        "voorvoegselGeslachtsnaam": "de", "voorletters": "P.J.", "voornamen": "Pieter Jan", "geslachtsaanduiding": "m",
        "geboortedatum": "19780412",
    ]
    static let medewerker: ZGWJSON = ["identificatie": "mdw-042", "achternaam": "Jansen", "voorletters": "A.", "voorvoegselAchternaam": ""]

    static func zaken(_ state: inout ZGWState) {
        let s = ZGWSandbox.self
        zaak(&state, s.zaakStoeptegel, 1, s.zaaktypeMelding, "Losliggende stoeptegel", start: "2026-11-02")
        rol(&state, 1, s.zaakStoeptegel, s.roltypeMelder, "Melder", "initiator", "natuurlijk_persoon", moulin)
        status(&state, 1, s.zaakStoeptegel, s.statustypeMeldingOntvangen, "2026-11-02T09:15:00Z")
        eigenschap(&state, 1, s.zaakStoeptegel, s.eigenschapLocatie, "locatieomschrijving", "Coolsingel 40, Rotterdam")

        zaak(&state, s.zaakLantaarnpaal, 2, s.zaaktypeMelding, "Kapotte lantaarnpaal", start: "2026-11-10")
        rol(&state, 2, s.zaakLantaarnpaal, s.roltypeMelder, "Melder", "initiator", "natuurlijk_persoon", deVries)
        rol(&state, 3, s.zaakLantaarnpaal, s.roltypeMeldingBehandelaar, "Behandelaar", "behandelaar", "medewerker", medewerker)
        status(&state, 2, s.zaakLantaarnpaal, s.statustypeMeldingOntvangen, "2026-11-10T08:00:00Z")
        status(&state, 3, s.zaakLantaarnpaal, s.statustypeMeldingInBehandeling, "2026-11-11T10:30:00Z")

        zaak(&state, s.zaakParkeervergunningMoulin, 3, s.zaaktypeParkeervergunning, "Parkeervergunning bewoner", start: "2026-11-20")
        rol(&state, 4, s.zaakParkeervergunningMoulin, s.roltypeAanvrager, "Aanvrager", "initiator", "natuurlijk_persoon", moulin)
        status(&state, 4, s.zaakParkeervergunningMoulin, s.statustypeParkeervergunningOntvangen, "2026-11-20T14:00:00Z")
        eigenschap(&state, 2, s.zaakParkeervergunningMoulin, s.eigenschapKenteken, "kenteken", "XX-999-X")

        zaak(&state, s.zaakParkeervergunningDeVries, 4, s.zaaktypeParkeervergunning, "Parkeervergunning bewoner",
             start: "2026-10-01", einde: "2026-10-20")
        rol(&state, 5, s.zaakParkeervergunningDeVries, s.roltypeAanvrager, "Aanvrager", "initiator", "natuurlijk_persoon", deVries)
        status(&state, 5, s.zaakParkeervergunningDeVries, s.statustypeParkeervergunningOntvangen, "2026-10-01T09:00:00Z")
        status(&state, 6, s.zaakParkeervergunningDeVries, s.statustypeParkeervergunningInBehandeling, "2026-10-05T09:00:00Z")
        put(&state, .init(.zaken, "resultaten", uuid(0x300, 1)), [
            "zaak": .string(s.zaakParkeervergunningDeVries.canonical), "resultaattype": .string(s.resultaattypeVerleend.canonical),
            "toelichting": "Vergunning verleend.",
        ])
        status(&state, 7, s.zaakParkeervergunningDeVries, s.statustypeParkeervergunningBesluitGenomen, "2026-10-20T16:00:00Z")

        zaak(&state, s.zaakGraffiti, 5, s.zaaktypeMelding, "Graffiti op viaduct", start: "2026-11-25")
        rol(&state, 6, s.zaakGraffiti, s.roltypeMeldingBehandelaar, "Behandelaar", "behandelaar", "medewerker", medewerker)
        status(&state, 8, s.zaakGraffiti, s.statustypeMeldingOntvangen, "2026-11-25T11:00:00Z")
    }

    static func zaak(
        _ state: inout ZGWState, _ resource: R, _ number: Int, _ zaaktype: R, _ omschrijving: String, start: String, einde: String? = nil
    ) {
        put(&state, resource, [
            "identificatie": .string("ZAAK-2026-000000000\(number)"), "bronorganisatie": .string(ZGWSandbox.rsin),
            "omschrijving": .string(omschrijving), "zaaktype": .string(zaaktype.canonical), "registratiedatum": .string(start),
            "verantwoordelijkeOrganisatie": .string(ZGWSandbox.rsin), "startdatum": .string(start),
            "einddatum": einde.map(ZGWJSON.string) ?? .null, "vertrouwelijkheidaanduiding": "zaakvertrouwelijk",
        ])
    }

    static func rol(
        _ state: inout ZGWState, _ number: Int, _ zaak: R, _ roltype: R, _ omschrijving: String, _ generiek: String,
        _ type: String, _ identificatie: ZGWJSON
    ) {
        put(&state, .init(.zaken, "rollen", uuid(0x100, number)), [
            "zaak": .string(zaak.canonical), "betrokkeneType": .string(type), "roltype": .string(roltype.canonical),
            "omschrijving": .string(omschrijving), "omschrijvingGeneriek": .string(generiek), "roltoelichting": .string(omschrijving),
            "registratiedatum": "2026-11-01T09:00:00Z", "betrokkeneIdentificatie": identificatie,
        ])
    }

    static func status(_ state: inout ZGWState, _ number: Int, _ zaak: R, _ statustype: R, _ datum: String) {
        put(&state, .init(.zaken, "statussen", uuid(0x200, number)), [
            "zaak": .string(zaak.canonical), "statustype": .string(statustype.canonical), "datumStatusGezet": .string(datum),
        ])
    }

    static func eigenschap(_ state: inout ZGWState, _ number: Int, _ zaak: R, _ eigenschap: R, _ naam: String, _ waarde: String) {
        let id = uuid(0x400, number)
        var object: ZGWObject = [
            "url": .string(ZGWURLs.resource(.zaken, "zaken/\(zaak.uuid)/zaakeigenschappen", id)), "uuid": .string(id),
            "zaak": .string(zaak.canonical), "eigenschap": .string(eigenschap.canonical), "naam": .string(naam),
        ]
        object["waarde"] = .string(waarde)
        state.store("zaakeigenschappen", id, object)
    }

    static func documenten(_ state: inout ZGWState) {
        let s = ZGWSandbox.self
        let png = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")!
        document(&state, s.documentFoto, 1, "Foto losliggende stoeptegel", s.informatieobjecttypeFoto, "openbaar",
                 png, "image/png", "stoeptegel.png", zaak: s.zaakStoeptegel)
        let form = Data("Aanvraag parkeervergunning (fictief)\nKenteken: XX-999-X\nAanvrager: S. Moulin\n".utf8)
        document(&state, s.documentAanvraag, 2, "Aanvraagformulier parkeervergunning", s.informatieobjecttypeAanvraag,
                 "vertrouwelijk", form, "text/plain", "aanvraag.txt", zaak: s.zaakParkeervergunningMoulin)
    }

    static func document(
        _ state: inout ZGWState, _ resource: R, _ number: Int, _ titel: String, _ type: R, _ vertrouwelijkheid: String,
        _ content: Data, _ formaat: String, _ bestandsnaam: String, zaak: R
    ) {
        put(&state, resource, [
            "identificatie": .string("DOCUMENT-2026-000000000\(number)"), "bronorganisatie": .string(ZGWSandbox.rsin),
            "creatiedatum": "2026-11-02", "titel": .string(titel), "vertrouwelijkheidaanduiding": .string(vertrouwelijkheid),
            "auteur": "Gemeente Sandbox", "status": "definitief", "formaat": .string(formaat), "taal": "nld", "versie": 1,
            "beginRegistratie": "2026-11-02T09:20:00Z", "bestandsnaam": .string(bestandsnaam),
            "inhoud": .string(resource.canonical + "/download?versie=1"), "bestandsomvang": .int(content.count),
            "informatieobjecttype": .string(type.canonical),
        ])
        state.contents[resource.uuid] = [1: content]
        state.versions[resource.uuid] = state.object(resource.collection, resource.uuid).map { [1: $0] }
        put(&state, .init(.zaken, "zaakinformatieobjecten", uuid(0x500, number)), [
            "informatieobject": .string(resource.canonical), "zaak": .string(zaak.canonical), "titel": .string(titel),
            "aardRelatieWeergave": "Hoort bij, omgekeerd: kent", "registratiedatum": "2026-11-02T09:21:00Z",
        ])
        state.link(resource.canonical, to: zaak.canonical, type: "zaak")
    }

    static func besluiten(_ state: inout ZGWState) {
        let s = ZGWSandbox.self
        put(&state, s.besluitParkeervergunning, [
            "identificatie": "BESLUIT-2026-0000000001", "verantwoordelijkeOrganisatie": .string(ZGWSandbox.rsin),
            "besluittype": .string(s.besluittypeParkeervergunning.canonical), "zaak": .string(s.zaakParkeervergunningDeVries.canonical),
            "datum": "2026-10-20", "toelichting": "Parkeervergunning voor bewoners verleend.", "bestuursorgaan": "College van B&W",
            "ingangsdatum": "2026-10-21", "vervaldatum": "2027-10-20", "vervalreden": "tijdelijk",
        ])
    }
}
