extension Schema {
    /// Why `request` does not conform to the schema (Cedar's request validation), or `nil` when it does.
    public func validateRequest(principal: EntityUID, action: EntityUID, resource: EntityUID, context: [String: Value]) -> String? {
        guard let def = actions[action] else { return "action \(action) is not declared in the schema" }
        guard def.hasAppliesTo else { return "action \(action) does not apply to any principal or resource" }
        guard def.principalTypes.contains(principal.type) else { return "principal type `\(principal.type)` is not valid for action \(action)" }
        guard def.resourceTypes.contains(resource.type) else { return "resource type `\(resource.type)` is not valid for action \(action)" }
        if let m = enumProblem(principal) ?? enumProblem(resource) { return m }
        if let m = conformanceProblem(.record(context), .record(def.context), path: "context") { return m }
        return nil
    }

    /// Why `entity` does not conform to the schema, or `nil` when it does.
    public func validateEntity(_ entity: Entity) -> String? {
        if actions[entity.uid] != nil { return nil }
        guard let def = entityTypes[entity.uid.type] else { return "entity type `\(entity.uid.type)` of \(entity.uid) is not declared in the schema" }
        if let m = enumProblem(entity.uid) { return m }
        if let m = conformanceProblem(.record(entity.attributes), .record(def.shape), path: "attributes of \(entity.uid)") { return m }
        for p in entity.parents where !def.memberOf.contains(p.type) && actions[p] == nil {
            return "\(entity.uid) cannot have a parent of type `\(p.type)`"
        }
        if !entity.tags.isEmpty {
            guard let tagType = def.tags else { return "\(entity.uid) has tags, but its type declares none" }
            for (k, v) in entity.tags {
                if let m = conformanceProblem(v, tagType, path: "tag `\(k)` of \(entity.uid)") { return m }
            }
        }
        return nil
    }

    func enumProblem(_ uid: EntityUID) -> String? {
        guard let values = entityTypes[uid.type]?.enumValues else { return nil }
        return values.contains(where: { $0.scalarEquals(uid.id) }) ? nil : "\(uid) is not one of the enumerated ids of `\(uid.type)`"
    }

    /// Why `value` does not have type `type`, or `nil` when it does.
    func conformanceProblem(_ value: Value, _ type: SchemaType, path: String) -> String? {
        switch (value, type) {
        case (.bool, .bool), (.long, .long), (.string, .string): return nil
        case let (.entity(uid), .entity(t)):
            return uid.type == t ? enumProblem(uid) : "\(path): expected an entity of type `\(t)`, found \(uid)"
        case let (.set(items), .set(element)):
            for item in items { if let m = conformanceProblem(item, element, path: path + "[]") { return m } }
            return nil
        case let (.record(r), .record(rt)):
            for (k, a) in rt.attributes where a.required && r[k] == nil { return "\(path): missing required attribute `\(k)`" }
            for (k, v) in r {
                guard let a = rt.attributes[k] else { return "\(path): unexpected attribute `\(k)`" }
                if let m = conformanceProblem(v, a.type, path: path + "." + k) { return m }
            }
            return nil
        case (.decimal, .extension("decimal")), (.ipaddr, .extension("ipaddr")), (.datetime, .extension("datetime")),
             (.duration, .extension("duration")):
            return nil
        default:
            return "\(path): expected \(type), found \(value.typeName)"
        }
    }
}
