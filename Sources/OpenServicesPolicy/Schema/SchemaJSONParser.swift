/// Parses Cedar's JSON schema format.
enum SchemaJSONParser {
    static func fail(_ m: String) -> PolicyParseError {
        PolicyParseError(message: m, location: SourceLocation(line: 1, column: 1, offset: 0))
    }

    static func parse(_ json: JSONValue) throws(PolicyParseError) -> Schema {
        guard let namespaces = json.objectValue else { throw fail("a JSON schema must be an object of namespaces") }
        var b = SchemaBuilder()
        for (ns, body) in namespaces {
            guard body.objectValue != nil else { throw fail("namespace `\(ns)` must be an object") }
            if let common = body["commonTypes"]?.objectValue {
                for (name, t) in common { b.commonTypes[SchemaBuilder.qualify(name, ns)] = try type(t, ns) }
            }
            if let ets = body["entityTypes"]?.objectValue {
                for (name, def) in ets {
                    let full = SchemaBuilder.qualify(name, ns)
                    let memberOf = def["memberOfTypes"]?.arrayValue?.compactMap(\.stringValue) ?? []
                    let shape = try def["shape"].map { t throws(PolicyParseError) in try type(t, ns) }
                    let tags = try def["tags"].map { t throws(PolicyParseError) in try type(t, ns) }
                    let enumValues = def["enum"]?.arrayValue?.compactMap(\.stringValue)
                    b.entities[full] = SchemaBuilder.RawEntity(name: full, namespace: ns, memberOf: memberOf, shape: shape, tags: tags, enumValues: enumValues)
                }
            }
            if let actions = body["actions"]?.objectValue {
                for (name, def) in actions {
                    var memberOf: [(type: String?, id: String)] = []
                    for m in def["memberOf"]?.arrayValue ?? [] {
                        guard let id = m["id"]?.stringValue else { throw fail("action memberOf entries need an `id`") }
                        memberOf.append((m["type"]?.stringValue, id))
                    }
                    let applies = def["appliesTo"]
                    let context = try applies?["context"].map { t throws(PolicyParseError) in try type(t, ns) }
                    b.actions.append(SchemaBuilder.RawAction(
                        uid: EntityUID(type: SchemaBuilder.qualify("Action", ns), id: name), namespace: ns, memberOf: memberOf,
                        hasAppliesTo: applies != nil && applies != .null,
                        principals: applies?["principalTypes"]?.arrayValue?.compactMap(\.stringValue) ?? [],
                        resources: applies?["resourceTypes"]?.arrayValue?.compactMap(\.stringValue) ?? [], context: context))
                }
            }
        }
        return try b.build()
    }

    static func type(_ json: JSONValue, _ ns: String, depth: Int = 0) throws(PolicyParseError) -> SchemaBuilder.RawType {
        guard depth < 64 else { throw fail("schema type nested too deeply") }
        guard let kind = json["type"]?.stringValue else { throw fail("a schema type needs a `type` field") }
        switch kind {
        case "Long": return .resolved(.long)
        case "String": return .resolved(.string)
        case "Boolean", "Bool": return .resolved(.bool)
        case "Set":
            guard let e = json["element"] else { throw fail("a Set type needs an `element`") }
            return .set(try type(e, ns, depth: depth + 1))
        case "Record":
            var attrs: [String: (SchemaBuilder.RawType, Bool)] = [:]
            for (k, v) in json["attributes"]?.objectValue ?? [] {
                attrs[k] = (try type(v, ns, depth: depth + 1), v["required"]?.boolValue ?? true)
            }
            return .record(attrs)
        case "Entity":
            guard let n = json["name"]?.stringValue else { throw fail("an Entity type needs a `name`") }
            return .named(n, namespace: ns, entityOnly: true)
        case "Extension":
            guard let n = json["name"]?.stringValue else { throw fail("an Extension type needs a `name`") }
            return .resolved(.extension(n))
        case "EntityOrCommon":
            guard let n = json["name"]?.stringValue else { throw fail("an EntityOrCommon type needs a `name`") }
            return .named(n, namespace: ns, entityOnly: false)
        default:
            return .named(kind, namespace: ns, entityOnly: false)
        }
    }
}
