/// An entity: its reference, attributes, direct parents, transitive ancestors and tags.
public struct Entity: Sendable {
    /// The entity's reference.
    public var uid: EntityUID
    /// Its attributes.
    public var attributes: [String: Value]
    /// Its direct parents.
    public var parents: Set<EntityUID>
    /// Its transitive ancestors (filled in by ``Entities``).
    public internal(set) var ancestors: Set<EntityUID>
    /// Its tags.
    public var tags: [String: Value]

    /// Creates an entity; ancestors are computed when it is added to ``Entities``.
    public init(uid: EntityUID, attributes: [String: Value] = [:], parents: Set<EntityUID> = [], tags: [String: Value] = [:]) {
        self.uid = uid
        self.attributes = attributes
        self.parents = parents
        self.ancestors = parents
        self.tags = tags
    }
}
