import Foundation

extension ZGWState {
    /// Fills the fields the provider generates or derives: identificaties, registratiedata, fields
    /// copied from the types, document content and versions.
    mutating func prepare(
        _ collection: String, _ object: inout ZGWObject, existing: ZGWObject?, given: ZGWObject, _ call: ZGWCall
    ) -> [ZGWInvalidParam] {
        func type(_ field: String) -> ZGWObject? { object.text(field).flatMap { self.object(at: $0) } }
        func identify(_ prefix: String) {
            if object.text("identificatie")?.isEmpty ?? true { object["identificatie"] = .string(nextIdentificatie(prefix, at: call.now)) }
        }
        switch collection {
        case "zaken":
            identify("ZAAK")
            if given["registratiedatum"] == nil, existing == nil { object["registratiedatum"] = .string(ZGWDates.dateText(call.now)) }
            if object.text("vertrouwelijkheidaanduiding")?.isEmpty ?? true {
                object["vertrouwelijkheidaanduiding"] = type("zaaktype")?["vertrouwelijkheidaanduiding"] ?? "openbaar"
            }
        case "rollen":
            let roltype = type("roltype")
            object["omschrijving"] = roltype?["omschrijving"] ?? ""
            object["omschrijvingGeneriek"] = roltype?["omschrijvingGeneriek"] ?? ""
            if existing == nil { object["registratiedatum"] = .string(ZGWDates.dateTimeText(call.now)) }
        case "zaakinformatieobjecten":
            object["aardRelatieWeergave"] = "Hoort bij, omgekeerd: kent"
            if existing == nil { object["registratiedatum"] = .string(ZGWDates.dateTimeText(call.now)) }
        case "zaakeigenschappen":
            object["naam"] = type("eigenschap")?["naam"] ?? ""
        case "enkelvoudiginformatieobjecten":
            identify("DOCUMENT")
            if object.text("vertrouwelijkheidaanduiding")?.isEmpty ?? true {
                object["vertrouwelijkheidaanduiding"] = type("informatieobjecttype")?["vertrouwelijkheidaanduiding"] ?? "openbaar"
            }
            return prepareDocument(&object, existing: existing, given: given, call)
        case "besluiten":
            identify("BESLUIT")
        default:
            break
        }
        return []
    }

    /// A new version of a document: content from base64 `inhoud` (or the previous version's),
    /// `inhoud` as the download URL, `versie` and `beginRegistratie`.
    mutating func prepareDocument(
        _ object: inout ZGWObject, existing: ZGWObject?, given: ZGWObject, _ call: ZGWCall
    ) -> [ZGWInvalidParam] {
        object["lock"] = nil
        guard let url = object.text("url"), let uuid = ZGWURLs.resolve(url)?.uuid else { return [] }
        let versie = (existing?["versie"]?.int ?? 0) + 1
        var content: Data? = existing.flatMap { contents[uuid]?[$0["versie"]?.int ?? 0] }
        if let inhoud = given["inhoud"] {
            if inhoud.isNull {
                content = nil
            } else if let text = inhoud.string, !text.hasPrefix(url + "/download") {
                let lines = text.contains("\n") || text.contains("\r")
                guard let data = Data(base64Encoded: text, options: lines ? .ignoreUnknownCharacters : []) else {
                    return [ZGWInvalidParam("inhoud", "invalid", "De inhoud is geen geldige base64.")]
                }
                content = data
            }
        }
        object["versie"] = .int(versie)
        object["beginRegistratie"] = .string(ZGWDates.dateTimeText(call.now))
        object["locked"] = nil
        if let content {
            contents[uuid, default: [:]][versie] = content
            object["inhoud"] = .string(url + "/download?versie=\(versie)")
            object["bestandsomvang"] = .int(content.count)
        } else {
            object["inhoud"] = .null
        }
        versions[uuid, default: [:]][versie] = object
        return []
    }
}
