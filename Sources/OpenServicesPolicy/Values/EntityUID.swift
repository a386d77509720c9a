/// A Cedar entity reference: a (possibly namespaced) type name and an id, e.g. `User::"alice"`.
///
/// The hash is computed once at creation, so looking entities and index entries up is cheap in the hot path.
public struct EntityUID: Sendable, Hashable, CustomStringConvertible {
    /// The fully qualified entity type, e.g. `BRP::Persoon`.
    public let type: String
    /// The entity id.
    public let id: String
    private let hashValueCache: Int

    /// Creates an entity reference.
    public init(type: String, id: String) {
        self.type = type
        self.id = id
        var hasher = Hasher()
        EntityUID.combine(type, into: &hasher)
        hasher.combine(0xFF as UInt8)
        EntityUID.combine(id, into: &hasher)
        hashValueCache = hasher.finalize()
    }

    private static func combine(_ s: String, into hasher: inout Hasher) {
        if s.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
            for b in s.utf8 { hasher.combine(b) }
        }
    }

    /// Parses `Type::"id"` (namespaces allowed).
    /// - Throws: ``PolicyParseError`` when the text is not a single entity reference.
    public init(parsing text: String) throws(PolicyParseError) {
        self = try Parser.parseEntityUID(text)
    }

    /// Compares by unicode scalars (Cedar semantics), not by canonical equivalence.
    @inline(__always)
    public static func == (lhs: EntityUID, rhs: EntityUID) -> Bool {
        lhs.hashValueCache == rhs.hashValueCache && lhs.id.scalarEquals(rhs.id) && lhs.type.scalarEquals(rhs.type)
    }

    /// Feeds the precomputed hash.
    @inline(__always)
    public func hash(into hasher: inout Hasher) {
        hasher.combine(hashValueCache)
    }

    /// `Type::"id"` with the id escaped as a Cedar string.
    public var description: String { type + "::" + Value.quoted(id) }
}
