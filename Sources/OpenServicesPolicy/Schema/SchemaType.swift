/// A type in a Cedar schema.
public indirect enum SchemaType: Sendable, Hashable, CustomStringConvertible {
    /// `Bool`
    case bool
    /// `Long`
    case long
    /// `String`
    case string
    /// `Set<T>`
    case set(SchemaType)
    /// `{ a: T, b?: U }`
    case record(RecordType)
    /// An entity type, fully qualified.
    case entity(String)
    /// An extension type: `ipaddr`, `decimal`, `datetime` or `duration`.
    case `extension`(String)

    /// Cedar syntax for the type.
    public var description: String {
        switch self {
        case .bool: return "Bool"
        case .long: return "Long"
        case .string: return "String"
        case let .set(t): return "Set<\(t)>"
        case let .record(r): return r.description
        case let .entity(n): return n
        case let .extension(n): return n
        }
    }
}

/// A record type: attributes with their types and whether they are required.
public struct RecordType: Sendable, Hashable, CustomStringConvertible {
    /// The attributes.
    public var attributes: [String: AttributeType]

    /// Creates a record type.
    public init(attributes: [String: AttributeType] = [:]) { self.attributes = attributes }

    /// Cedar syntax.
    public var description: String {
        "{" + attributes.keys.sorted().map { "\($0)\(attributes[$0]!.required ? "" : "?"): \(attributes[$0]!.type)" }.joined(separator: ", ") + "}"
    }
}

/// The type of one record attribute.
public struct AttributeType: Sendable, Hashable {
    /// The type.
    public var type: SchemaType
    /// Whether the attribute must be present.
    public var required: Bool

    /// Creates an attribute type.
    public init(type: SchemaType, required: Bool = true) {
        self.type = type
        self.required = required
    }
}

/// An entity type declared in a schema.
public struct EntityTypeDefinition: Sendable, Hashable {
    /// The fully qualified name.
    public var name: String
    /// The entity types its entities may be members of.
    public var memberOf: Set<String>
    /// Its attributes.
    public var shape: RecordType
    /// The type of its tags, if it has tags.
    public var tags: SchemaType?
    /// For enumerated entity types: the allowed ids.
    public var enumValues: [String]?

    /// Creates a definition.
    public init(name: String, memberOf: Set<String> = [], shape: RecordType = RecordType(), tags: SchemaType? = nil, enumValues: [String]? = nil) {
        self.name = name
        self.memberOf = memberOf
        self.shape = shape
        self.tags = tags
        self.enumValues = enumValues
    }
}

/// An action declared in a schema.
public struct ActionDefinition: Sendable, Hashable {
    /// The action entity, e.g. `Action::"view"`.
    public var uid: EntityUID
    /// The action groups it belongs to.
    public var memberOf: [EntityUID]
    /// Whether it has an `appliesTo` clause.
    public var hasAppliesTo: Bool
    /// The principal types it applies to.
    public var principalTypes: [String]
    /// The resource types it applies to.
    public var resourceTypes: [String]
    /// The context type.
    public var context: RecordType

    /// Creates a definition.
    public init(uid: EntityUID, memberOf: [EntityUID] = [], hasAppliesTo: Bool = false, principalTypes: [String] = [],
                resourceTypes: [String] = [], context: RecordType = RecordType()) {
        self.uid = uid
        self.memberOf = memberOf
        self.hasAppliesTo = hasAppliesTo
        self.principalTypes = principalTypes
        self.resourceTypes = resourceTypes
        self.context = context
    }
}
