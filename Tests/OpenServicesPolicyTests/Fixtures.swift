import OpenServicesPolicy

/// Small fictitious BRP fixtures shared by the tests.
enum Fixtures {
    static let policies = """
    @id("toeslagen-raadplegen")
    @description("Medewerkers toeslagen mogen personen raadplegen voor toeslagen")
    @legalBasis("Awir, art. 41")
    @fields("naam,geboorte.datum,verblijfplaats")
    permit (
      principal in Role::"toeslagen",
      action == Action::"brp.personen.raadplegen",
      resource is Persoon
    ) when { context.purpose in Purpose::"toeslagen" };

    @id("kcc-eigen-gemeente")
    @fields("naam,verblijfplaats.adres")
    permit (
      principal in Role::"kcc",
      action == Action::"brp.personen.raadplegen",
      resource is Persoon
    ) when { context.purpose in Purpose::"dienstverlening" && resource.gemeente == principal.gemeente };

    @id("geheimhouding")
    forbid (principal, action == Action::"brp.personen.raadplegen", resource is Persoon)
    when { resource.geheimhouding };
    """

    static let schema = """
    entity Role;
    entity Purpose in [Purpose];
    entity Medewerker in [Role] = { gemeente: String };
    entity Persoon = { gemeente: String, geheimhouding: Bool };
    action "brp.personen.raadplegen" appliesTo {
      principal: [Medewerker],
      resource: [Persoon],
      context: { purpose: Purpose }
    };
    """

    static let purposesJSON = """
    [
      {"id": "toeslagen", "legalBasis": "Awir", "processingActivity": "https://example.org/va/toeslagen"},
      {"id": "zorgtoeslag", "parent": "toeslagen", "legalBasis": "Wet op de zorgtoeslag", "processingActivity": "https://example.org/va/zorgtoeslag"},
      {"id": "dienstverlening"}
    ]
    """

    static let entitiesJSON = """
    [
      {"uid": {"type": "Role", "id": "toeslagen"}, "attrs": {}, "parents": []},
      {"uid": {"type": "Role", "id": "kcc"}, "attrs": {}, "parents": []},
      {"uid": {"type": "Medewerker", "id": "jan"}, "attrs": {"gemeente": "0599"}, "parents": [{"type": "Role", "id": "toeslagen"}]},
      {"uid": {"type": "Medewerker", "id": "fatima"}, "attrs": {"gemeente": "0599"}, "parents": [{"type": "Role", "id": "kcc"}]},
      {"uid": {"type": "Persoon", "id": "999993653"}, "attrs": {"gemeente": "0599", "geheimhouding": false}, "parents": []},
      {"uid": {"type": "Persoon", "id": "999990019"}, "attrs": {"gemeente": "0363", "geheimhouding": true}, "parents": []}
    ]
    """

    static let raadplegen = EntityUID(type: "Action", id: "brp.personen.raadplegen")
    static let jan = EntityUID(type: "Medewerker", id: "jan")
    static let fatima = EntityUID(type: "Medewerker", id: "fatima")
    static let suzanne = EntityUID(type: "Persoon", id: "999993653")
    static let geheim = EntityUID(type: "Persoon", id: "999990019")

    static func bundle(policies text: String = policies) throws -> PolicyBundle {
        let schema = try Schema(cedarSchema: Fixtures.schema)
        let purposes = try PurposeTree(json: purposesJSON)
        let entities = try EntityJSONDecoder(schema: schema).entityList(try JSONParser.parse(entitiesJSON))
        return try PolicyBundle(policies: try PolicySet(text: text), schema: schema, purposes: purposes, entities: entities)
    }

    static func request(_ principal: EntityUID, _ resource: EntityUID = suzanne, purpose: String? = "zorgtoeslag",
                        fields: [String]? = nil, mode: FieldMode = .strict) -> AuthorizationRequest {
        AuthorizationRequest(principal: principal, action: raadplegen, resource: resource, purpose: purpose,
                             requestedFields: fields, fieldMode: mode)
    }
}
