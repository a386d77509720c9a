/// Collects schema declarations from either syntax and resolves type names.
struct SchemaBuilder {
    indirect enum RawType {
        case named(String, namespace: String, entityOnly: Bool)
        case set(RawType)
        case record([String: (RawType, Bool)])
        case resolved(SchemaType)
    }

    struct RawEntity {
        var name: String
        var namespace: String
        var memberOf: [String]
        var shape: RawType?
        var tags: RawType?
        var enumValues: [String]?
    }

    struct RawAction {
        var uid: EntityUID
        var namespace: String
        var memberOf: [(type: String?, id: String)]
        var hasAppliesTo: Bool
        var principals: [String]
        var resources: [String]
        var context: RawType?
    }

    var commonTypes: [String: RawType] = [:]
    var entities: [String: RawEntity] = [:]
    var actions: [RawAction] = []

    static func qualify(_ name: String, _ ns: String) -> String { ns.isEmpty ? name : ns + "::" + name }

    static func builtin(_ name: String) -> SchemaType? {
        switch name {
        case "Long": return .long
        case "String": return .string
        case "Bool", "Boolean": return .bool
        case "ipaddr", "decimal", "datetime", "duration": return .extension(name)
        default: return nil
        }
    }

    func resolve(_ t: RawType, depth: Int = 0) throws(PolicyParseError) -> SchemaType {
        guard depth < 64 else { throw PolicyParseError(message: "schema type definitions are cyclic or nested too deeply", location: SourceLocation(line: 1, column: 1, offset: 0)) }
        switch t {
        case let .resolved(s): return s
        case let .set(e): return .set(try resolve(e, depth: depth + 1))
        case let .record(attrs):
            var out: [String: AttributeType] = [:]
            for (k, v) in attrs { out[k] = AttributeType(type: try resolve(v.0, depth: depth + 1), required: v.1) }
            return .record(RecordType(attributes: out))
        case let .named(name, ns, entityOnly):
            if name.hasPrefix("__cedar::"), let b = SchemaBuilder.builtin(String(name.dropFirst(9))) { return b }
            var candidates = [SchemaBuilder.qualify(name, ns)]
            if !ns.isEmpty { candidates.append(name) }
            for c in candidates {
                if !entityOnly, let common = commonTypes[c] { return try resolve(common, depth: depth + 1) }
                if entities[c] != nil { return .entity(c) }
            }
            if !entityOnly, let b = SchemaBuilder.builtin(name) { return b }
            if entityOnly { return .entity(SchemaBuilder.qualify(name, ns)) }
            throw PolicyParseError(message: "unknown type `\(name)` in schema", location: SourceLocation(line: 1, column: 1, offset: 0))
        }
    }

    func resolveEntityName(_ name: String, _ ns: String) -> String {
        let q = SchemaBuilder.qualify(name, ns)
        if entities[q] != nil { return q }
        if entities[name] != nil { return name }
        return q
    }

    func build() throws(PolicyParseError) -> Schema {
        var schema = Schema()
        for (name, e) in entities {
            var shape = RecordType()
            if let s = e.shape {
                guard case let .record(r) = try resolve(s) else {
                    throw PolicyParseError(message: "the shape of entity type `\(name)` must be a record", location: SourceLocation(line: 1, column: 1, offset: 0))
                }
                shape = r
            }
            schema.entityTypes[name] = EntityTypeDefinition(
                name: name, memberOf: Set(e.memberOf.map { resolveEntityName($0, e.namespace) }), shape: shape,
                tags: try e.tags.map { t throws(PolicyParseError) in try resolve(t) }, enumValues: e.enumValues)
        }
        let declared = Set(actions.map(\.uid))
        for a in actions {
            var context = RecordType()
            if let c = a.context {
                guard case let .record(r) = try resolve(c) else {
                    throw PolicyParseError(message: "the context of action \(a.uid) must be a record", location: SourceLocation(line: 1, column: 1, offset: 0))
                }
                context = r
            }
            let actionType = SchemaBuilder.qualify("Action", a.namespace)
            let parents: [EntityUID] = a.memberOf.map { ref in
                guard let type = ref.type else { return EntityUID(type: actionType, id: ref.id) }
                if type == "Action" || !type.contains("::") {
                    let local = EntityUID(type: SchemaBuilder.qualify(type, a.namespace), id: ref.id)
                    if declared.contains(local) { return local }
                }
                return EntityUID(type: type, id: ref.id)
            }
            schema.actions[a.uid] = ActionDefinition(
                uid: a.uid, memberOf: parents, hasAppliesTo: a.hasAppliesTo,
                principalTypes: a.principals.map { resolveEntityName($0, a.namespace) },
                resourceTypes: a.resources.map { resolveEntityName($0, a.namespace) }, context: context)
        }
        return schema
    }
}
