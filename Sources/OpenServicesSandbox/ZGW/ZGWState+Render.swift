extension ZGWState {
    /// A resource as the API answers it (canonical URLs): the stored fields plus those derived from
    /// other resources (a zaak's rollen, status and resultaat; a document's lock state…).
    func rendered(_ collection: String, _ stored: ZGWObject) -> ZGWJSON {
        // A null geometry or overige-definitie is left out: the specifications type them `allOf` a
        // schema that does not admit null (Open Zaak answers null).
        var object = stored.filter { !($0.value.isNull && ["zaakgeometrie", "objectTypeOverigeDefinitie"].contains($0.key)) }
        let url = stored.text("url") ?? ""
        func urls(_ child: String, _ field: String) -> ZGWJSON {
            .array(all(child).filter { $0.text(field) == url }.compactMap { $0["url"] })
        }
        switch collection {
        case "zaken":
            object["rollen"] = urls("rollen", "zaak")
            object["eigenschappen"] = urls("zaakeigenschappen", "zaak")
            object["zaakinformatieobjecten"] = urls("zaakinformatieobjecten", "zaak")
            object["zaakobjecten"] = urls("zaakobjecten", "zaak")
            object["deelzaken"] = urls("zaken", "hoofdzaak")
            object["status"] = latestStatus(of: url)?["url"] ?? .null
            object["resultaat"] = all("resultaten").first { $0.text("zaak") == url }?["url"] ?? .null
            let weergaven = [
                "nvt": "Er is geen sprake van te betalen, met de zaak gemoeide, kosten.",
                "nog_niet": "De met de zaak gemoeide kosten zijn (nog) niet betaald.",
                "gedeeltelijk": "De met de zaak gemoeide kosten zijn gedeeltelijk betaald.",
                "geheel": "De met de zaak gemoeide kosten zijn geheel betaald.",
            ]
            object["betalingsindicatieWeergave"] = .string(weergaven[stored.text("betalingsindicatie") ?? ""] ?? "")
        case "statussen":
            object["indicatieLaatstGezetteStatus"] = .bool(latestStatus(of: stored.text("zaak") ?? "")?.text("url") == url)
            object["zaakinformatieobjecten"] = urls("zaakinformatieobjecten", "status")
        case "rollen":
            object["statussen"] = urls("statussen", "gezetdoor")
        case "enkelvoudiginformatieobjecten":
            object["locked"] = .bool(ZGWState.uuid(of: stored).map { locks[$0] != nil } ?? false)
        case "besluiten":
            let weergaven = [
                "tijdelijk": "Besluit met tijdelijke werking", "ingetrokken_overheid": "Besluit ingetrokken door overheid",
                "ingetrokken_belanghebbende": "Besluit ingetrokken o.v.v. belanghebbende",
            ]
            if let reden = stored.text("vervalreden"), let weergave = weergaven[reden] {
                object["vervalredenWeergave"] = .string(weergave)
            } else {
                object["vervalreden"] = nil
            }
        default:
            break
        }
        return .object(object)
    }
}
