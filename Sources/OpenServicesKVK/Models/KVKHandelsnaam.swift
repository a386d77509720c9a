/// KVK `Handelsnaam`: a trade name and its place in the order of registration.
///
/// ```swift
/// let namen = profiel.handelsnamen?.sorted { ($0.volgorde ?? 0) < ($1.volgorde ?? 0) }.map(\.naam)
/// ```
public struct KVKHandelsnaam: Hashable, Sendable, Codable {
    /// The trade name.
    public var naam: String?
    /// Its position, 1 first.
    public var volgorde: Int?

    /// Creates a trade name.
    public init(naam: String? = nil, volgorde: Int? = nil) {
        self.naam = naam
        self.volgorde = volgorde
    }
}
