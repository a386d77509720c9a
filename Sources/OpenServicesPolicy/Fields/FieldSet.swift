/// A set of authorised field paths (`naam`, `geboorte.datum`); a group authorises all its subfields.
public struct FieldSet: Sendable, Hashable, CustomStringConvertible {
    /// The field paths, as given.
    public private(set) var paths: Set<String>
    /// Whether every field is authorised (a satisfied permit without `@fields`).
    public private(set) var isUnrestricted: Bool

    /// A set that authorises every field.
    public static let all = FieldSet(unrestricted: true)
    /// A set that authorises nothing.
    public static let none = FieldSet(unrestricted: false)

    private init(unrestricted: Bool) {
        paths = []
        isUnrestricted = unrestricted
    }

    /// Creates a set from field paths.
    public init(_ paths: some Sequence<String>) {
        self.paths = Set(paths.map { $0.trimmingSpaces }.filter { !$0.isEmpty })
        isUnrestricted = false
    }

    /// Parses a `@fields` annotation value: comma-separated paths.
    public init(annotation: String) {
        self.init(annotation.split(separator: ",").map(String.init))
    }

    /// Whether `field` is authorised: listed itself, or one of its enclosing groups is listed.
    public func authorizes(_ field: String) -> Bool {
        if isUnrestricted || paths.contains(field) { return true }
        var candidate = Substring(field)
        while let dot = candidate.lastIndex(of: ".") {
            candidate = candidate[..<dot]
            if paths.contains(String(candidate)) { return true }
        }
        return false
    }

    /// Adds the fields of `other`.
    public mutating func formUnion(_ other: FieldSet) {
        if other.isUnrestricted { isUnrestricted = true }
        paths.formUnion(other.paths)
    }

    /// The sorted paths, or `*` when unrestricted.
    public var description: String { isUnrestricted ? "*" : paths.sorted().joined(separator: ",") }
}
