import Foundation
import OpenServicesCore

extension ZGWState {
    /// The checks across fields and resources Open Zaak makes after the field checks: published
    /// types, types that belong to the zaak's zaaktype, uniqueness, locks.
    func relationProblems(
        _ collection: String, _ object: ZGWObject, existing: ZGWObject?, given: ZGWObject, _ call: ZGWCall
    ) -> [ZGWInvalidParam] {
        let zaaktype = object.text("zaak").flatMap { self.object(at: $0) }?.text("zaaktype")
        func belongs(_ field: String, _ list: String) -> [ZGWInvalidParam] {
            guard let url = object.text(field), let zaaktype, let type = self.object(at: zaaktype),
                  !(type[list]?.array ?? []).contains(.string(url))
            else { return [] }
            return [ZGWInvalidParam("nonFieldErrors", "zaaktype-mismatch", "De \(field) hoort niet bij het zaaktype van de zaak.")]
        }
        func published(_ field: String) -> [ZGWInvalidParam] {
            guard given[field] != nil, let type = object.text(field).flatMap({ self.object(at: $0) }), type["concept"]?.bool == true
            else { return [] }
            return [ZGWInvalidParam(field, "not-published", "Het \(field) is nog niet gepubliceerd.")]
        }
        func unique(_ fields: [String]) -> [ZGWInvalidParam] {
            let clash = all(collection).contains { other in
                other.text("url") != object.text("url") && fields.allSatisfy { other[$0] == object[$0] }
            }
            return clash ? [ZGWInvalidParam("nonFieldErrors", "unique", "De velden \(fields.joined(separator: ", ")) moeten een unieke set zijn.")] : []
        }
        func uniqueIdentificatie(_ organisation: String) -> [ZGWInvalidParam] {
            guard let identificatie = object.text("identificatie"), !identificatie.isEmpty,
                  all(collection).contains(where: {
                      $0.text("url") != object.text("url") && $0.text("identificatie") == identificatie
                          && $0.text(organisation) == object.text(organisation)
                  })
            else { return [] }
            return [ZGWInvalidParam("identificatie", "identificatie-niet-uniek", "Deze identificatie bestaat al voor deze \(organisation).")]
        }
        switch collection {
        case "zaken":
            return published("zaaktype") + uniqueIdentificatie("bronorganisatie")
        case "statussen":
            var problems = belongs("statustype", "statustypen")
            if problems.isEmpty, isEindstatus(object.text("statustype")),
               !all("resultaten").contains(where: { $0.text("zaak") == object.text("zaak") }) {
                problems.append(ZGWInvalidParam(
                    "nonFieldErrors", "resultaat-does-not-exist",
                    "De zaak heeft geen resultaat; zet eerst een resultaat voordat de eindstatus gezet wordt."))
            }
            return problems
        case "resultaten":
            let taken = all("resultaten").contains { $0.text("zaak") == object.text("zaak") && $0.text("url") != object.text("url") }
            return belongs("resultaattype", "resultaattypen")
                + (taken ? [ZGWInvalidParam("zaak", "unique", "Er bestaat al een resultaat voor deze zaak.")] : [])
        case "rollen":
            return belongs("roltype", "roltypen") + betrokkeneProblems(object)
        case "zaakobjecten":
            guard object.text("object")?.isEmpty ?? true, object["objectIdentificatie"] == nil else { return [] }
            return [ZGWInvalidParam("nonFieldErrors", "invalid-zaakobject", "Geef object of objectIdentificatie.")]
        case "zaakinformatieobjecten":
            return unique(["zaak", "informatieobject"]) + typeAllowed(object, in: zaaktype, list: "informatieobjecttypen",
                code: "missing-zaaktype-informatieobjecttype-relation")
        case "zaakeigenschappen":
            return belongs("eigenschap", "eigenschappen")
        case "enkelvoudiginformatieobjecten":
            return published("informatieobjecttype") + documentProblems(object, existing: existing, given: given)
        case "objectinformatieobjecten":
            return objectinformatieobjectProblems(object)
        case "besluiten":
            var problems = published("besluittype") + uniqueIdentificatie("verantwoordelijkeOrganisatie")
            if let zaak = object.text("zaak"), !zaak.isEmpty, let type = self.object(at: zaak)?.text("zaaktype"),
               let besluittype = object.text("besluittype"),
               !(self.object(at: type)?["besluittypen"]?.array ?? []).contains(.string(besluittype)) {
                problems.append(ZGWInvalidParam("nonFieldErrors", "zaaktype-mismatch", "Het besluittype hoort niet bij het zaaktype van de zaak."))
            }
            return problems
        case "besluitinformatieobjecten":
            let besluittype = object.text("besluit").flatMap { self.object(at: $0) }?.text("besluittype")
            return unique(["besluit", "informatieobject"]) + typeAllowed(object, in: besluittype, list: "informatieobjecttypen",
                code: "missing-besluittype-informatieobjecttype-relation")
        case "kanaal":
            return unique(["naam"]).map { _ in ZGWInvalidParam("naam", "unique", "Er bestaat al een kanaal met deze naam.") }
        case "abonnement":
            return abonnementProblems(object)
        default:
            return []
        }
    }

    /// Whether a statustype is the last (highest volgnummer) of its zaaktype.
    func isEindstatus(_ statustype: String?) -> Bool {
        statustype.flatMap { object(at: $0) }?["isEindstatus"]?.bool ?? false
    }

    /// The document's informatieobjecttype must be one of the type's (zaaktype or besluittype) list.
    func typeAllowed(_ object: ZGWObject, in type: String?, list: String, code: String) -> [ZGWInvalidParam] {
        guard let type, let types = self.object(at: type)?[list]?.array,
              let informatieobjecttype = object.text("informatieobject").flatMap({ self.object(at: $0) })?.text("informatieobjecttype"),
              !types.contains(.string(informatieobjecttype))
        else { return [] }
        return [ZGWInvalidParam("nonFieldErrors", code, "Het informatieobjecttype van het document hoort niet bij dit type.")]
    }

    func betrokkeneProblems(_ rol: ZGWObject) -> [ZGWInvalidParam] {
        let identificatie = rol["betrokkeneIdentificatie"]?.object
        if rol.text("betrokkene")?.isEmpty ?? true, identificatie == nil {
            return [ZGWInvalidParam("nonFieldErrors", "invalid-betrokkene", "Geef betrokkene of betrokkeneIdentificatie.")]
        }
        if rol.text("betrokkeneType") == "natuurlijk_persoon", let bsn = identificatie?.text("inpBsn"), !bsn.isEmpty,
           (try? BSN(bsn)) == nil {
            return [ZGWInvalidParam("betrokkeneIdentificatie.inpBsn", "invalid", "Onjuist BSN nummer")]
        }
        return []
    }

    func documentProblems(_ document: ZGWObject, existing: ZGWObject?, given: ZGWObject) -> [ZGWInvalidParam] {
        var problems: [ZGWInvalidParam] = []
        if let taal = document.text("taal"), taal.count != 3 {
            problems.append(ZGWInvalidParam("taal", "min_length", "Zorg ervoor dat dit veld minstens 3 karakters bevat."))
        }
        guard let existing, let uuid = ZGWState.uuid(of: existing) else { return problems }
        guard let lock = locks[uuid] else {
            return problems + [ZGWInvalidParam("nonFieldErrors", "unlocked", "Unlocked document can't be modified")]
        }
        guard let given = given.text("lock") else { return problems + [.required("lock")] }
        if given != lock { problems.append(ZGWInvalidParam("nonFieldErrors", "incorrect-lock-id", "Incorrect lock ID.")) }
        return problems
    }

    func objectinformatieobjectProblems(_ relation: ZGWObject) -> [ZGWInvalidParam] {
        let type = relation.text("objectType")
        guard let target = relation.text("object"), type != "verzoek" else { return [] }
        if let problem = reference("object", target, type == "zaak" ? "zaken" : "besluiten") { return [problem] }
        if all("objectinformatieobjecten").contains(where: {
            $0.text("object") == target && $0.text("informatieobject") == relation.text("informatieobject")
        }) {
            return [ZGWInvalidParam("nonFieldErrors", "unique", "De velden informatieobject, object moeten een unieke set zijn.")]
        }
        return [ZGWInvalidParam(
            "nonFieldErrors", "inconsistent-relation",
            "Het document is niet aan dit object gekoppeld; maak eerst het zaakinformatieobject of besluitinformatieobject aan.")]
    }

    func abonnementProblems(_ abonnement: ZGWObject) -> [ZGWInvalidParam] {
        var problems: [ZGWInvalidParam] = []
        for (index, entry) in (abonnement["kanalen"]?.array ?? []).enumerated() {
            guard let naam = entry["naam"]?.string, !naam.isEmpty else {
                problems.append(.required("kanalen.\(index).naam"))
                continue
            }
            guard let kanaal = all("kanaal").first(where: { $0.text("naam") == naam }) else {
                problems.append(ZGWInvalidParam("kanalen.\(index).naam", "does_not_exist", "Kanaal \(naam) bestaat niet."))
                continue
            }
            let allowed = (kanaal["filters"]?.array ?? []).compactMap(\.string)
            guard let filters = entry["filters"] else { continue }
            guard let object = filters.object, object.values.allSatisfy({ $0.string != nil }) else {
                problems.append(ZGWInvalidParam("kanalen.\(index).filters", "invalid", "Filters zijn een object met tekstwaarden."))
                continue
            }
            let unknown = object.keys.filter { !allowed.contains($0) }.sorted()
            if !unknown.isEmpty {
                problems.append(ZGWInvalidParam(
                    "kanalen.\(index).filters", "kanaal-filter-mismatch",
                    "Kanaal \(naam) kent de filters \(unknown.joined(separator: ", ")) niet (wel: \(allowed.joined(separator: ", ")))."))
            }
        }
        return problems
    }
}
