/// The request and entity data that an expression is evaluated against.
public struct EvaluationContext: Sendable {
    /// The principal.
    public let principal: EntityUID
    /// The action.
    public let action: EntityUID
    /// The resource.
    public let resource: EntityUID
    /// The context record.
    public let context: Value
    /// The entities.
    public let entities: Entities
    let contextRecord: [String: Value]
    let principalEntity: StoredEntity?
    let actionEntity: StoredEntity?
    let resourceEntity: StoredEntity?

    /// Creates an evaluation context, looking the request's entities up once.
    public init(principal: EntityUID, action: EntityUID, resource: EntityUID, context: Value, entities: Entities) {
        self.principal = principal
        self.action = action
        self.resource = resource
        self.context = context
        if case let .record(r) = context { contextRecord = r } else { contextRecord = [:] }
        self.entities = entities
        principalEntity = entities.node(principal)
        actionEntity = entities.node(action)
        resourceEntity = entities.node(resource)
    }

    @inline(__always)
    func entity(_ uid: EntityUID) -> StoredEntity? {
        if uid == principal { return principalEntity }
        if uid == resource { return resourceEntity }
        if uid == action { return actionEntity }
        return entities.node(uid)
    }

    /// Whether `uid` is `target` or a descendant of it.
    @inline(__always)
    func isIn(_ uid: EntityUID, _ target: EntityUID) -> Bool {
        if uid == target { return true }
        guard let e = entity(uid) else { return false }
        return e.ancestors.contains(target)
    }
}
