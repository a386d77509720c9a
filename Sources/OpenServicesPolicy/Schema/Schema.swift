/// A Cedar schema: entity types, actions and their types (common types are resolved away).
public struct Schema: Sendable {
    /// Entity types by fully qualified name.
    public var entityTypes: [String: EntityTypeDefinition]
    /// Actions by entity reference.
    public var actions: [EntityUID: ActionDefinition]

    /// Creates a schema.
    public init(entityTypes: [String: EntityTypeDefinition] = [:], actions: [EntityUID: ActionDefinition] = [:]) {
        self.entityTypes = entityTypes
        self.actions = actions
    }

    /// Parses Cedar schema syntax (`.cedarschema`).
    public init(cedarSchema text: String, file: String? = nil) throws(PolicyParseError) {
        do {
            self = try SchemaParser.parse(text)
        } catch {
            var e = error
            e.file = file
            throw e
        }
    }

    /// Parses the JSON schema format.
    public init(json text: String, file: String? = nil) throws(PolicyParseError) {
        do {
            self = try SchemaJSONParser.parse(try JSONParser.parse(text))
        } catch {
            var e = error
            e.file = file
            throw e
        }
    }

    /// Parses either format, choosing JSON when the text starts with `{`.
    public init(text: String, file: String? = nil) throws(PolicyParseError) {
        if text.drop(while: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).first == "{" {
            try self.init(json: text, file: file)
        } else {
            try self.init(cedarSchema: text, file: file)
        }
    }

    /// The action entities the schema declares, with their groups as parents.
    public var actionEntities: [Entity] {
        actions.values.map { Entity(uid: $0.uid, parents: Set($0.memberOf)) }
    }

    /// The context type of `action`, if declared.
    public func contextType(for action: EntityUID) -> RecordType? {
        actions[action]?.context
    }
}
