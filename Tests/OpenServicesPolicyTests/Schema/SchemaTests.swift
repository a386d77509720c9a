import Testing
@testable import OpenServicesPolicy

@Suite("Schema")
struct SchemaTests {
    @Test func cedarSyntaxWithNamespacesCommonTypesAndEnums() throws {
        let schema = try Schema(cedarSchema: """
        namespace BRP {
          type Adres = { straat: String, huisnummer?: Long };
          entity Gemeente enum ["0599", "0363"];
          entity Persoon in [Gemeente] = { adres: Adres, ip: __cedar::ipaddr, tags: Set<String> } tags String;
          action raadplegen appliesTo { principal: [Persoon], resource: Persoon, context: { sinds: datetime } };
          action "alles" ;
          action zoeken in [raadplegen];
        }
        """)
        let persoon = try #require(schema.entityTypes["BRP::Persoon"])
        #expect(persoon.memberOf == ["BRP::Gemeente"])
        #expect(persoon.tags == .string)
        #expect(persoon.shape.attributes["ip"]?.type == .extension("ipaddr"))
        guard case let .record(adres)? = persoon.shape.attributes["adres"]?.type else { Issue.record("adres"); return }
        #expect(adres.attributes["huisnummer"]?.required == false)
        #expect(schema.entityTypes["BRP::Gemeente"]?.enumValues == ["0599", "0363"])
        let zoeken = try #require(schema.actions[EntityUID(type: "BRP::Action", id: "zoeken")])
        #expect(zoeken.memberOf == [EntityUID(type: "BRP::Action", id: "raadplegen")])
    }

    @Test func jsonSchemaAndSchemaDirectedParsing() throws {
        let schema = try Schema(json: """
        {"": {"entityTypes": {"User": {"shape": {"type": "Record", "attributes": {
            "manager": {"type": "Entity", "name": "User"}, "score": {"type": "Extension", "name": "decimal"}}}}},
              "actions": {"view": {"appliesTo": {"principalTypes": ["User"], "resourceTypes": ["User"],
                 "context": {"type": "Record", "attributes": {"when": {"type": "Extension", "name": "datetime"}}}}}}}}
        """)
        let decoder = EntityJSONDecoder(schema: schema)
        let e = try decoder.entity(try JSONParser.parse("""
        {"uid": {"type": "User", "id": "a"}, "attrs": {"manager": {"type": "User", "id": "b"}, "score": "1.5"}, "parents": []}
        """))
        #expect(e.attributes["manager"] == .entity(EntityUID(type: "User", id: "b")))
        #expect(e.attributes["score"] == .decimal(CedarDecimal(parsing: "1.5")!))
        let ctx = try decoder.context(try JSONParser.parse(#"{"when": "2024-01-01"}"#), action: EntityUID(type: "Action", id: "view"))
        #expect(ctx["when"] == .datetime(CedarDatetime(parsing: "2024-01-01")!))
    }
}
