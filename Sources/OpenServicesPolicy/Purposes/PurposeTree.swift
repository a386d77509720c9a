/// The known purposes, forming a tree through their parents.
public struct PurposeTree: Sendable {
    /// The purposes by id.
    public private(set) var purposes: [String: Purpose]

    /// A tree without purposes.
    public init() { purposes = [:] }

    /// Creates a tree; every parent must be a known purpose and there must be no cycles.
    public init(_ list: [Purpose]) throws(PolicyParseError) {
        var map: [String: Purpose] = [:]
        for p in list {
            guard map[p.id] == nil else { throw PurposeTree.fail("duplicate purpose `\(p.id)`") }
            map[p.id] = p
        }
        for p in list {
            if let parent = p.parent, map[parent] == nil { throw PurposeTree.fail("purpose `\(p.id)` has unknown parent `\(parent)`") }
            var seen: Set<String> = [p.id]
            var current = p.parent
            while let c = current {
                guard seen.insert(c).inserted else { throw PurposeTree.fail("purpose `\(p.id)` is part of a cycle") }
                current = map[c]?.parent
            }
        }
        purposes = map
    }

    /// Parses `purposes.json`: a list of `{"id", "parent", "legalBasis", "processingActivity"}`.
    public init(json text: String) throws(PolicyParseError) {
        let json = try JSONParser.parse(text)
        guard let items = json.arrayValue else { throw PurposeTree.fail("purposes.json must be an array") }
        var list: [Purpose] = []
        for item in items {
            guard let id = item["id"]?.stringValue else { throw PurposeTree.fail("every purpose needs an `id`") }
            list.append(Purpose(id: id, parent: item["parent"]?.stringValue, legalBasis: item["legalBasis"]?.stringValue,
                                processingActivity: item["processingActivity"]?.stringValue))
        }
        try self.init(list)
    }

    static func fail(_ m: String) -> PolicyParseError {
        PolicyParseError(message: m, location: SourceLocation(line: 1, column: 1, offset: 0))
    }

    /// Whether there are no purposes.
    public var isEmpty: Bool { purposes.isEmpty }

    /// The purpose with `id`.
    public subscript(id: String) -> Purpose? { purposes[id] }

    /// Whether `id` is `ancestor` or lies beneath it.
    public func isPurpose(_ id: String, within ancestor: String) -> Bool {
        var current: String? = id
        while let c = current {
            if c == ancestor { return true }
            current = purposes[c]?.parent
        }
        return false
    }

    /// The purposes as `Purpose` entities whose parents form the tree.
    public var entities: [Entity] {
        purposes.values.map { p in
            Entity(uid: p.uid, attributes: [:], parents: p.parent.map { [EntityUID(type: Purpose.entityType, id: $0)] } ?? [])
        }
    }
}
