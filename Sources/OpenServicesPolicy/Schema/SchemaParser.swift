/// Parses Cedar's schema syntax (`.cedarschema`).
enum SchemaParser {
    static func parse(_ text: String) throws(PolicyParseError) -> Schema {
        var stream = try TokenStream(text)
        var builder = SchemaBuilder()
        while !stream.atEnd {
            try skipAnnotations(&stream)
            if stream.isIdent("namespace") {
                _ = stream.advance()
                var ns = try stream.identifier("a namespace name")
                while stream.accept("::") { ns += "::" + (try stream.identifier()) }
                try stream.expect("{")
                while !stream.isPunct("}") {
                    guard !stream.atEnd else { throw stream.unexpected(expected: "`}` closing the namespace") }
                    try parseDeclaration(&stream, ns, &builder)
                }
                try stream.expect("}")
            } else {
                try parseDeclaration(&stream, "", &builder)
            }
        }
        return try builder.build()
    }

    static func skipAnnotations(_ s: inout TokenStream) throws(PolicyParseError) {
        while s.accept("@") {
            _ = try s.identifier("an annotation name")
            if s.accept("(") {
                _ = try s.string()
                try s.expect(")")
            }
        }
    }

    static func name(_ s: inout TokenStream) throws(PolicyParseError) -> String {
        if case .string = s.current.kind { return try s.string() }
        return try s.identifier("a name")
    }

    static func path(_ s: inout TokenStream) throws(PolicyParseError) -> String {
        var p = try s.identifier("a type name")
        while s.isPunct("::"), case .identifier = s.peekNext.kind {
            _ = s.advance()
            p += "::" + (try s.identifier())
        }
        return p
    }

    static func parseDeclaration(_ s: inout TokenStream, _ ns: String, _ b: inout SchemaBuilder) throws(PolicyParseError) {
        try skipAnnotations(&s)
        let keyword = s.current
        if s.acceptIdent("entity") {
            var names = [try s.identifier("an entity type name")]
            while s.accept(",") { names.append(try s.identifier("an entity type name")) }
            var memberOf: [String] = []
            var shape: SchemaBuilder.RawType?
            var tags: SchemaBuilder.RawType?
            var enumValues: [String]?
            if s.acceptIdent("enum") {
                try s.expect("[")
                var values: [String] = []
                repeat {
                    if s.isPunct("]") { break }
                    values.append(try s.string("an enum value string"))
                } while s.accept(",")
                try s.expect("]")
                enumValues = values
            } else {
                if s.acceptIdent("in") { memberOf = try typeList(&s) }
                _ = s.accept("=")
                if s.isPunct("{") { shape = try parseType(&s, ns) }
                if s.acceptIdent("tags") { tags = try parseType(&s, ns) }
            }
            try s.expect(";")
            for n in names {
                let full = SchemaBuilder.qualify(n, ns)
                if b.entities[full] != nil { throw s.error("duplicate entity type `\(full)`", at: keyword) }
                b.entities[full] = SchemaBuilder.RawEntity(name: full, namespace: ns, memberOf: memberOf, shape: shape, tags: tags, enumValues: enumValues)
            }
        } else if s.acceptIdent("action") {
            var names = [try name(&s)]
            while s.accept(",") { names.append(try name(&s)) }
            var memberOf: [(type: String?, id: String)] = []
            if s.acceptIdent("in") {
                if s.accept("[") {
                    repeat {
                        if s.isPunct("]") { break }
                        memberOf.append(try actionRef(&s))
                    } while s.accept(",")
                    try s.expect("]")
                } else {
                    memberOf.append(try actionRef(&s))
                }
            }
            var hasAppliesTo = false
            var principals: [String] = [], resources: [String] = []
            var context: SchemaBuilder.RawType?
            if s.acceptIdent("appliesTo") {
                hasAppliesTo = true
                try s.expect("{")
                while !s.isPunct("}") {
                    if s.acceptIdent("principal") {
                        try s.expect(":")
                        principals = try typeList(&s)
                    } else if s.acceptIdent("resource") {
                        try s.expect(":")
                        resources = try typeList(&s)
                    } else if s.acceptIdent("context") {
                        try s.expect(":")
                        context = try parseType(&s, ns)
                    } else {
                        throw s.unexpected(expected: "`principal`, `resource`, `context` or `}`")
                    }
                    if !s.accept(",") { break }
                }
                try s.expect("}")
            }
            if s.acceptIdent("attributes") {
                try s.expect("{")
                try s.expect("}")
            }
            try s.expect(";")
            for n in names {
                let uid = EntityUID(type: SchemaBuilder.qualify("Action", ns), id: n)
                if b.actions.contains(where: { $0.uid == uid }) { throw s.error("duplicate action \(uid)", at: keyword) }
                b.actions.append(SchemaBuilder.RawAction(uid: uid, namespace: ns, memberOf: memberOf, hasAppliesTo: hasAppliesTo,
                                                         principals: principals, resources: resources, context: context))
            }
        } else if s.acceptIdent("type") {
            let n = try s.identifier("a type name")
            try s.expect("=")
            let t = try parseType(&s, ns)
            try s.expect(";")
            let full = SchemaBuilder.qualify(n, ns)
            if b.commonTypes[full] != nil { throw s.error("duplicate common type `\(full)`", at: keyword) }
            b.commonTypes[full] = t
        } else {
            throw s.unexpected(expected: "`entity`, `action`, `type` or `namespace`")
        }
    }

    static func actionRef(_ s: inout TokenStream) throws(PolicyParseError) -> (type: String?, id: String) {
        if case .string = s.current.kind { return (nil, try s.string()) }
        var p = try s.identifier("an action name")
        while s.accept("::") {
            if case .string = s.current.kind { return (p, try s.string()) }
            p += "::" + (try s.identifier())
        }
        return (nil, p)
    }

    static func typeList(_ s: inout TokenStream) throws(PolicyParseError) -> [String] {
        if s.accept("[") {
            var out: [String] = []
            repeat {
                if s.isPunct("]") { break }
                out.append(try path(&s))
            } while s.accept(",")
            try s.expect("]")
            return out
        }
        return [try path(&s)]
    }

    static func parseType(_ s: inout TokenStream, _ ns: String, depth: Int = 0) throws(PolicyParseError) -> SchemaBuilder.RawType {
        guard depth < 64 else { throw s.error("schema type nested too deeply") }
        if s.accept("{") {
            var attrs: [String: (SchemaBuilder.RawType, Bool)] = [:]
            while !s.isPunct("}") {
                try skipAnnotations(&s)
                let keyToken = s.current
                let key = try name(&s)
                let optional = s.accept("?")
                try s.expect(":")
                let t = try parseType(&s, ns, depth: depth + 1)
                if attrs[key] != nil { throw s.error("duplicate attribute `\(key)`", at: keyToken) }
                attrs[key] = (t, !optional)
                if !s.accept(",") { break }
            }
            try s.expect("}")
            return .record(attrs)
        }
        if s.isIdent("Set"), s.peekNext.kind == .punct("<") {
            _ = s.advance()
            _ = s.advance()
            let e = try parseType(&s, ns, depth: depth + 1)
            try s.expect(">")
            return .set(e)
        }
        return .named(try path(&s), namespace: ns, entityOnly: false)
    }
}
