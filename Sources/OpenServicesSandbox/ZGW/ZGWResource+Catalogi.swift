extension ZGWResource {
    static let catalogi: [ZGWResource] = [
        readOnly("catalogussen", "catalogus", [
            "domein": .exact("domein"), "domein__in": .among("domein"), "rsin": .exact("rsin"), "rsin__in": .among("rsin"),
        ]),
        readOnly("zaaktypen", "zaaktype", [
            "catalogus": .exact("catalogus", .url(nil)), "identificatie": .exact("identificatie"),
            "trefwoorden": .contains("trefwoorden"), "status": conceptStatus, "datumGeldigheid": geldigOp,
        ]),
        readOnly("statustypen", "statustype", zaaktypeChildFilters),
        readOnly("roltypen", "roltype", zaaktypeChildFilters.merging([
            "omschrijvingGeneriek": .exact("omschrijvingGeneriek", .choice(omschrijvingenGeneriek)),
        ]) { first, _ in first }),
        readOnly("resultaattypen", "resultaattype", zaaktypeChildFilters.merging([
            "zaaktype_identificatie": .exact("zaaktypeIdentificatie"), "datum_geldigheid": geldigOp,
        ]) { first, _ in first }),
        readOnly("eigenschappen", "eigenschap", zaaktypeChildFilters),
        readOnly("informatieobjecttypen", "informatieobjecttype", [
            "catalogus": .exact("catalogus", .url(nil)), "status": conceptStatus, "datumGeldigheid": geldigOp,
            "omschrijving": .exact("omschrijving"),
        ]),
        readOnly("besluittypen", "besluittype", [
            "catalogus": .exact("catalogus", .url(nil)), "zaaktypen": .contains("zaaktypen", .url(nil)),
            "informatieobjecttypen": .contains("informatieobjecttypen", .url(nil)), "status": conceptStatus,
            "omschrijving": .exact("omschrijving"), "datumGeldigheid": geldigOp,
        ]),
    ]

    /// A Catalogi collection: read-only in the sandbox, seeded with fictitious types.
    static func readOnly(_ collection: String, _ name: String, _ filters: [String: ZGWFilter]) -> ZGWResource {
        ZGWResource(
            api: .catalogi, collection: collection, name: name, fields: [:], required: [], uuidField: false,
            collectionMethods: [.get], itemMethods: [.get], filters: filters)
    }

    static let zaaktypeChildFilters: [String: ZGWFilter] = [
        "zaaktype": .exact("zaaktype", .url(nil)), "zaaktypeIdentificatie": .exact("zaaktypeIdentificatie"),
        "status": conceptStatus, "datumGeldigheid": geldigOp,
    ]

    /// `status=alles|concept|definitief` (default `definitief`): by the object's own `concept`, or its zaaktype's.
    static let conceptStatus = ZGWFilter(.choice(["alles", "concept", "definitief"]), default: "definitief") { value, object, state in
        value == "alles" || state.isConcept(object) == (value == "concept")
    }

    /// `datumGeldigheid=YYYY-MM-DD`: valid on that day (beginGeldigheid ≤ day ≤ eindeGeldigheid).
    static let geldigOp = ZGWFilter(.date) { value, object, _ in
        guard let begin = object.text("beginGeldigheid"), begin <= value else { return false }
        guard let end = object.text("eindeGeldigheid"), !end.isEmpty else { return true }
        return value <= end
    }
}
