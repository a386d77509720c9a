/// A Cedar entity reference: a (possibly namespaced) type name and an id, e.g. `User::"alice"`.
public struct EntityUID: Sendable, Hashable, CustomStringConvertible {
    /// The fully qualified entity type, e.g. `BRP::Persoon`.
    public var type: String
    /// The entity id.
    public var id: String

    /// Creates an entity reference.
    public init(type: String, id: String) {
        self.type = type
        self.id = id
    }

    /// Parses `Type::"id"` (namespaces allowed).
    /// - Throws: ``PolicyParseError`` when the text is not a single entity reference.
    public init(parsing text: String) throws(PolicyParseError) {
        self = try Parser.parseEntityUID(text)
    }

    /// Compares by unicode scalars (Cedar semantics), not by canonical equivalence.
    public static func == (lhs: EntityUID, rhs: EntityUID) -> Bool {
        lhs.id.scalarEquals(rhs.id) && lhs.type.scalarEquals(rhs.type)
    }

    /// Hashes the UTF-8 bytes of type and id.
    public func hash(into hasher: inout Hasher) {
        type.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) } ?? hasher.combine(type)
        hasher.combine(0xFF as UInt8)
        id.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) } ?? hasher.combine(id)
    }

    /// `Type::"id"` with the id escaped as a Cedar string.
    public var description: String { type + "::" + Value.quoted(id) }
}
