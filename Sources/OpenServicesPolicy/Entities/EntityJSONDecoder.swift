/// Converts Cedar's entity and context JSON into values, directed by a schema when one is given.
public struct EntityJSONDecoder: Sendable {
    /// The schema that directs parsing (implicit entity references and extension values, action entities).
    public var schema: Schema?

    /// Creates a decoder.
    public init(schema: Schema? = nil) { self.schema = schema }

    static func fail(_ m: String) -> PolicyParseError {
        PolicyParseError(message: m, location: SourceLocation(line: 1, column: 1, offset: 0))
    }

    /// Parses an entities JSON document (an array of `{uid, attrs, parents, tags}`); adds the schema's action entities.
    public func entities(json text: String) throws(PolicyParseError) -> Entities {
        Entities(try entityList(try JSONParser.parse(text)))
    }

    /// Parses the entity objects of a JSON array, plus the schema's action entities.
    public func entityList(_ json: JSONValue) throws(PolicyParseError) -> [Entity] {
        guard let items = json.arrayValue else { throw EntityJSONDecoder.fail("entities JSON must be an array, found \(json.kindName)") }
        var out: [Entity] = schema?.actionEntities ?? []
        out.reserveCapacity(out.count + items.count)
        for item in items {
            let e = try entity(item)
            if let schema, let problem = schema.validateEntity(e) { throw EntityJSONDecoder.fail(problem) }
            out.append(e)
        }
        return out
    }

    /// Parses one entity object.
    public func entity(_ json: JSONValue) throws(PolicyParseError) -> Entity {
        guard json.objectValue != nil else { throw EntityJSONDecoder.fail("an entity must be an object") }
        guard let uidJSON = json["uid"] else { throw EntityJSONDecoder.fail("an entity needs a `uid`") }
        let uid = try entityUID(uidJSON)
        let definition = schema?.entityTypes[uid.type]
        var attributes: [String: Value] = [:]
        if let attrs = json["attrs"], attrs != .null {
            guard let members = attrs.objectValue else { throw EntityJSONDecoder.fail("`attrs` of \(uid) must be an object") }
            for (k, v) in members {
                attributes[k] = try value(v, expected: definition?.shape.attributes[k]?.type)
            }
        }
        var parents = Set<EntityUID>()
        if let ps = json["parents"], ps != .null {
            guard let list = ps.arrayValue else { throw EntityJSONDecoder.fail("`parents` of \(uid) must be an array") }
            for p in list { parents.insert(try entityUID(p)) }
        }
        var tags: [String: Value] = [:]
        if let t = json["tags"], t != .null {
            guard let members = t.objectValue else { throw EntityJSONDecoder.fail("`tags` of \(uid) must be an object") }
            for (k, v) in members { tags[k] = try value(v, expected: definition?.tags) }
        }
        return Entity(uid: uid, attributes: attributes, parents: parents, tags: tags)
    }

    /// Parses `{"type": "User", "id": "alice"}` or `{"__entity": {...}}`.
    public func entityUID(_ json: JSONValue) throws(PolicyParseError) -> EntityUID {
        if let inner = json["__entity"] { return try entityUID(inner) }
        guard let type = json["type"]?.stringValue, let id = json["id"]?.stringValue else {
            if let s = json.stringValue, let uid = try? EntityUID(parsing: s) { return uid }
            throw EntityJSONDecoder.fail("expected an entity reference {\"type\": ..., \"id\": ...}, found \(json.serialized.prefix(80))")
        }
        return EntityUID(type: type, id: id)
    }

    /// Parses a context object for `action`, directed by the action's declared context type.
    public func context(_ json: JSONValue, action: EntityUID) throws(PolicyParseError) -> [String: Value] {
        if json == .null { return [:] }
        guard let members = json.objectValue else { throw EntityJSONDecoder.fail("context must be an object") }
        let type = schema?.contextType(for: action)
        var out: [String: Value] = [:]
        for (k, v) in members { out[k] = try value(v, expected: type?.attributes[k]?.type) }
        return out
    }

    /// Parses a JSON value, using `expected` to interpret implicit entity references and extension values.
    public func value(_ json: JSONValue, expected: SchemaType?, depth: Int = 0) throws(PolicyParseError) -> Value {
        guard depth < 128 else { throw EntityJSONDecoder.fail("value nested too deeply") }
        switch json {
        case .null: throw EntityJSONDecoder.fail("null is not a Cedar value")
        case let .bool(b): return .bool(b)
        case let .integer(i): return .long(i)
        case let .number(n): throw EntityJSONDecoder.fail("number \(n) is not a 64-bit integer")
        case let .string(s):
            if case let .extension(name)? = expected { return try EntityJSONDecoder.construct(name, [.string(s)]) }
            if case .entity? = expected, let uid = try? EntityUID(parsing: s) { return .entity(uid) }
            return .string(s)
        case let .array(items):
            var element: SchemaType?
            if case let .set(e)? = expected { element = e }
            var s = Set<Value>()
            for item in items { s.insert(try value(item, expected: element, depth: depth + 1)) }
            return .set(s)
        case let .object(members):
            if let inner = json["__entity"], members.count == 1 { return .entity(try entityUID(inner)) }
            if let inner = json["__extn"], members.count == 1 { return try extensionValue(inner, depth: depth) }
            switch expected {
            case .entity?:
                return .entity(try entityUID(json))
            case .extension?:
                return try extensionValue(json, depth: depth)
            default:
                var attrs: [String: RecordTypeHint] = [:]
                if case let .record(r)? = expected { attrs = r.attributes.mapValues { RecordTypeHint(type: $0.type) } }
                var out: [String: Value] = [:]
                for (k, v) in members {
                    if out[k] != nil { throw EntityJSONDecoder.fail("duplicate key `\(k)` in record") }
                    out[k] = try value(v, expected: attrs[k]?.type, depth: depth + 1)
                }
                return .record(out)
            }
        }
    }

    private struct RecordTypeHint { var type: SchemaType }

    func extensionValue(_ json: JSONValue, depth: Int) throws(PolicyParseError) -> Value {
        guard let fn = json["fn"]?.stringValue else { throw EntityJSONDecoder.fail("an extension value needs `fn`") }
        var args: [Value] = []
        if let arg = json["arg"] {
            args = [try value(arg, expected: nil, depth: depth + 1)]
        } else if let list = json["args"]?.arrayValue {
            for a in list { args.append(try value(a, expected: nil, depth: depth + 1)) }
        } else {
            throw EntityJSONDecoder.fail("an extension value needs `arg` or `args`")
        }
        return try EntityJSONDecoder.construct(fn, args)
    }

    static func construct(_ fn: String, _ args: [Value]) throws(PolicyParseError) -> Value {
        let name = fn.hasPrefix("__cedar::") ? String(fn.dropFirst(9)) : fn
        let function: ExtensionFunction?
        switch name {
        case "ipaddr": function = .ip
        default: function = ExtensionFunction(rawValue: name)
        }
        guard let function, function.arity == args.count else { throw fail("unknown extension function `\(fn)` with \(args.count) argument(s)") }
        do {
            return try ExtensionFunctions.call(function, args)
        } catch {
            throw fail("invalid extension value: \(error.message)")
        }
    }
}
