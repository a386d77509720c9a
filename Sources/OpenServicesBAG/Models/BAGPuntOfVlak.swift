/// BAG `PuntOfVlak`: the geometry of a verblijfsobject, a point or a surface.
///
/// ```swift
/// let vbo = try await bag.residentialObject("0599010000001012").value.verblijfsobject
/// print(vbo.geometrie.punt?.x ?? 0)
/// ```
public struct BAGPuntOfVlak: Hashable, Sendable, Codable {
    /// The point, when the object is registered as a point.
    public var punt: BAGGeometrie?
    /// The surface, when the object is registered as a surface.
    public var vlak: BAGGeometrie?

    /// Creates a point-or-surface.
    public init(punt: BAGGeometrie? = nil, vlak: BAGGeometrie? = nil) {
        self.punt = punt
        self.vlak = vlak
    }
}
