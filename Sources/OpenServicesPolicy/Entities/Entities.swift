/// An entity as stored for evaluation: shared by reference, immutable.
final class StoredEntity: Sendable {
    let uid: EntityUID
    let attributes: [String: Value]
    let ancestors: Set<EntityUID>
    let tags: [String: Value]

    init(_ e: Entity) {
        uid = e.uid
        attributes = e.attributes
        ancestors = e.ancestors
        tags = e.tags
    }
}

/// An immutable entity store with precomputed transitive ancestors.
public struct Entities: Sendable {
    /// The entities by reference.
    public private(set) var byUID: [EntityUID: Entity]
    private(set) var stored: [EntityUID: StoredEntity]

    /// An empty store.
    public init() {
        byUID = [:]
        stored = [:]
    }

    /// Creates a store and computes every entity's transitive ancestors.
    public init(_ entities: some Sequence<Entity>) {
        var map: [EntityUID: Entity] = [:]
        for e in entities {
            if var existing = map[e.uid] {
                existing.parents.formUnion(e.parents)
                for (k, v) in e.attributes { existing.attributes[k] = v }
                for (k, v) in e.tags { existing.tags[k] = v }
                map[e.uid] = existing
            } else {
                map[e.uid] = e
            }
        }
        byUID = map
        stored = [:]
        computeAncestors()
        stored = byUID.mapValues(StoredEntity.init)
    }

    private mutating func computeAncestors() {
        var done: [EntityUID: Set<EntityUID>] = [:]
        for uid in byUID.keys {
            // Iterative DFS over parents.
            var result = Set<EntityUID>()
            var stack = Array(byUID[uid]!.parents)
            while let p = stack.popLast() {
                guard result.insert(p).inserted else { continue }
                if let known = done[p] {
                    result.formUnion(known)
                } else if let pe = byUID[p] {
                    stack.append(contentsOf: pe.parents)
                }
            }
            done[uid] = result
        }
        for (uid, ancestors) in done { byUID[uid]!.ancestors = ancestors }
    }

    /// The entity for `uid`, if present.
    public subscript(uid: EntityUID) -> Entity? { byUID[uid] }

    @inline(__always)
    func node(_ uid: EntityUID) -> StoredEntity? { stored[uid] }

    /// The number of entities.
    public var count: Int { byUID.count }

    /// A new store with `others` added (later entries merge into earlier ones).
    public func adding(_ others: some Sequence<Entity>) -> Entities {
        Entities(Array(byUID.values) + Array(others))
    }

    /// Whether `child` equals `ancestor` or has it among its transitive ancestors.
    @inline(__always)
    public func isDescendant(_ child: EntityUID, of ancestor: EntityUID) -> Bool {
        if child == ancestor { return true }
        return stored[child]?.ancestors.contains(ancestor) ?? false
    }
}
