extension ZGWResource {
    /// The betrokkeneIdentificatie filters of rollen, by the part after `betrokkeneIdentificatie__`.
    static let identificatieFilters: [(name: String, path: String)] = [
        ("natuurlijkPersoon__inpBsn", "inpBsn"), ("natuurlijkPersoon__anpIdentificatie", "anpIdentificatie"),
        ("natuurlijkPersoon__inpA_nummer", "inpA_nummer"), ("nietNatuurlijkPersoon__innNnpId", "innNnpId"),
        ("nietNatuurlijkPersoon__annIdentificatie", "annIdentificatie"), ("vestiging__vestigingsNummer", "vestigingsNummer"),
        ("organisatorischeEenheid__identificatie", "identificatie"), ("medewerker__identificatie", "identificatie"),
    ]

    static let rolFilters: [String: ZGWFilter] = {
        var filters: [String: ZGWFilter] = [
            "zaak": .exact("zaak", .url(nil)), "betrokkene": .exact("betrokkene", .url(nil)),
            "betrokkeneType": .exact("betrokkeneType", .choice(betrokkeneTypen)), "roltype": .exact("roltype", .url(nil)),
            "omschrijving": .exact("omschrijving"), "omschrijvingGeneriek": .exact("omschrijvingGeneriek", .choice(omschrijvingenGeneriek)),
        ]
        for (name, path) in identificatieFilters {
            let type = betrokkeneType(of: name)
            filters["betrokkeneIdentificatie__" + name] = ZGWFilter { value, object, _ in
                object.text("betrokkeneType") == type && object["betrokkeneIdentificatie"]?[path]?.string == value
            }
        }
        return filters
    }()

    /// `natuurlijkPersoon__inpBsn` → `natuurlijk_persoon`.
    static func betrokkeneType(of filter: String) -> String {
        let camel = String(filter.prefix { $0 != "_" })
        return camel.reduce(into: "") { result, character in
            result += character.isUppercase ? "_" + character.lowercased() : String(character)
        }
    }

    static let zaakFilters: [String: ZGWFilter] = {
        var filters: [String: ZGWFilter] = [
            "identificatie": .exact("identificatie"), "bronorganisatie": .exact("bronorganisatie"),
            "bronorganisatie__in": .among("bronorganisatie"), "zaaktype": .exact("zaaktype", .url(nil)),
            "zaaktype__in": .among("zaaktype"), "uuid__in": .among("uuid"),
            "archiefnominatie": .exact("archiefnominatie", .choice(["blijvend_bewaren", "vernietigen"])),
            "archiefnominatie__in": .among("archiefnominatie"),
            "archiefstatus": .exact("archiefstatus", .choice(["nog_te_archiveren", "gearchiveerd", "gearchiveerd_procestermijn_onbekend", "overgedragen"])),
            "archiefstatus__in": .among("archiefstatus"),
            "maximaleVertrouwelijkheidaanduiding": ZGWFilter(.choice(vertrouwelijkheid)) { value, object, _ in
                let level = vertrouwelijkheid.firstIndex(of: object.text("vertrouwelijkheidaanduiding") ?? "") ?? 0
                return level <= (vertrouwelijkheid.firstIndex(of: value) ?? 0)
            },
        ]
        for field in ["archiefactiedatum", "startdatum", "registratiedatum", "einddatum", "einddatumGepland", "uiterlijkeEinddatumAfdoening"] {
            filters.merge(ZGWFilter.dates(field)) { first, _ in first }
        }
        func rolFilter(_ test: @escaping @Sendable (String, ZGWObject) -> Bool) -> ZGWFilter {
            ZGWFilter { value, zaak, state in
                state.all("rollen").contains { $0.text("zaak") == zaak.text("url") && test(value, $0) }
            }
        }
        filters["rol__betrokkeneType"] = rolFilter { $1.text("betrokkeneType") == $0 }
        filters["rol__betrokkene"] = rolFilter { $1.text("betrokkene") == $0 }
        filters["rol__omschrijvingGeneriek"] = rolFilter { $1.text("omschrijvingGeneriek") == $0 }
        for (name, _) in identificatieFilters {
            let rol = rolFilters["betrokkeneIdentificatie__" + name]!
            filters["rol__betrokkeneIdentificatie__" + name] = ZGWFilter { value, zaak, state in
                state.all("rollen").contains { $0.text("zaak") == zaak.text("url") && rol.matches(value, $0, state) }
            }
        }
        return filters
    }()
}
