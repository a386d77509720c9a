/// KVK `EmbeddedContainer`: the main branch and the owner embedded in a Basisprofiel (`_embedded`).
///
/// ```swift
/// let hoofdvestiging = try await kvk.basicProfile("71000011")._embedded?.hoofdvestiging
/// ```
public struct KVKEmbeddedContainer: Hashable, Sendable, Codable {
    /// The main branch.
    public var hoofdvestiging: KVKVestiging?
    /// The owner.
    public var eigenaar: KVKEigenaar?

    /// Creates the container.
    public init(hoofdvestiging: KVKVestiging? = nil, eigenaar: KVKEigenaar? = nil) {
        self.hoofdvestiging = hoofdvestiging
        self.eigenaar = eigenaar
    }
}
