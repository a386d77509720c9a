import Foundation

extension ZGWState {
    /// What a write changes elsewhere: a zaak's einddatum after its eindstatus, the
    /// objectinformatieobject of a new zaak- or besluitinformatieobject, a document's indicatieGebruiksrecht.
    mutating func afterWrite(_ collection: String, _ object: ZGWObject, existing: ZGWObject?, _ call: ZGWCall) {
        switch collection {
        case "statussen":
            guard let zaakURL = object.text("zaak"), let uuid = ZGWURLs.resolve(zaakURL)?.uuid, var zaak = self.object("zaken", uuid),
                  latestStatus(of: zaakURL)?.text("url") == object.text("url")
            else { return }
            zaak["einddatum"] = isEindstatus(object.text("statustype"))
                ? .string(String((object.text("datumStatusGezet") ?? "").prefix(10))) : .null
            store("zaken", uuid, zaak)
        case "zaakinformatieobjecten" where existing == nil:
            link(object.text("informatieobject"), to: object.text("zaak"), type: "zaak")
        case "besluitinformatieobjecten" where existing == nil:
            link(object.text("informatieobject"), to: object.text("besluit"), type: "besluit")
        case "gebruiksrechten":
            setGebruiksrecht(object.text("informatieobject"))
        default:
            break
        }
    }

    /// Creates the objectinformatieobject in Documenten, as Open Zaak does for a new relation.
    mutating func link(_ informatieobject: String?, to target: String?, type: String) {
        guard let informatieobject, let target else { return }
        let uuid = UUID().uuidString.lowercased()
        store("objectinformatieobjecten", uuid, [
            "url": .string(ZGWURLs.resource(.documenten, "objectinformatieobjecten", uuid)),
            "informatieobject": .string(informatieobject), "object": .string(target), "objectType": .string(type),
        ])
    }

    /// `indicatieGebruiksrecht`: true while the document has gebruiksrechten, null after the last is deleted.
    mutating func setGebruiksrecht(_ informatieobject: String?) {
        guard let informatieobject, let uuid = ZGWURLs.resolve(informatieobject)?.uuid, var document = object("enkelvoudiginformatieobjecten", uuid)
        else { return }
        let has = all("gebruiksrechten").contains { $0.text("informatieobject") == informatieobject }
        document["indicatieGebruiksrecht"] = has ? true : .null
        store("enkelvoudiginformatieobjecten", uuid, document)
    }

    /// Why a resource may not be deleted (a document still linked, a relation Documenten keeps).
    func deletionProblems(_ collection: String, _ object: ZGWObject) -> [ZGWInvalidParam] {
        switch collection {
        case "enkelvoudiginformatieobjecten":
            guard all("objectinformatieobjecten").contains(where: { $0.text("informatieobject") == object.text("url") }) else { return [] }
            return [ZGWInvalidParam(
                "nonFieldErrors", "pending-relations",
                "Het document is nog gekoppeld aan zaken of besluiten; verwijder eerst die relaties.")]
        case "objectinformatieobjecten":
            let relation = object.text("objectType") == "zaak" ? "zaakinformatieobjecten" : "besluitinformatieobjecten"
            let field = object.text("objectType") == "zaak" ? "zaak" : "besluit"
            guard all(relation).contains(where: {
                $0.text(field) == object.text("object") && $0.text("informatieobject") == object.text("informatieobject")
            }) else { return [] }
            return [ZGWInvalidParam(
                "nonFieldErrors", "inconsistent-relation",
                "De relatie bestaat nog in de Zaken of Besluiten API; verwijder die relatie in plaats van deze.")]
        default:
            return []
        }
    }

    /// Removes what depends on a deleted resource.
    mutating func cascade(_ collection: String, _ object: ZGWObject) {
        guard let url = object.text("url") else { return }
        switch collection {
        case "zaken":
            for child in ["statussen", "resultaten", "rollen", "zaakobjecten", "zaakeigenschappen", "zaakinformatieobjecten"] {
                removeAll(child, where: "zaak", is: url)
            }
            removeAll("objectinformatieobjecten", where: "object", is: url)
            audit[url] = nil
        case "zaakinformatieobjecten", "besluitinformatieobjecten":
            let target = object.text(collection == "zaakinformatieobjecten" ? "zaak" : "besluit")
            for relation in all("objectinformatieobjecten")
            where relation.text("object") == target && relation.text("informatieobject") == object.text("informatieobject") {
                if let uuid = ZGWState.uuid(of: relation) { remove("objectinformatieobjecten", uuid) }
            }
        case "besluiten":
            removeAll("besluitinformatieobjecten", where: "besluit", is: url)
            removeAll("objectinformatieobjecten", where: "object", is: url)
            audit[url] = nil
        case "enkelvoudiginformatieobjecten":
            removeAll("gebruiksrechten", where: "informatieobject", is: url)
            if let uuid = ZGWState.uuid(of: object) {
                contents[uuid] = nil
                versions[uuid] = nil
                locks[uuid] = nil
            }
            audit[url] = nil
        case "gebruiksrechten":
            setGebruiksrecht(object.text("informatieobject"))
        default:
            break
        }
    }
}
