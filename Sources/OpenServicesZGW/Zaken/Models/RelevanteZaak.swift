/// Another zaak a zaak relates to, and how (`relevanteAndereZaken`).
public struct RelevanteZaak: Sendable, Hashable, Codable {
    /// The other zaak.
    public var url: ZGWResourceURL<Zaak>
    /// `vervolg`, `onderwerp` or `bijdrage`.
    public var aardRelatie: String

    /// Creates a relation.
    public init(url: ZGWResourceURL<Zaak>, aardRelatie: String) {
        self.url = url
        self.aardRelatie = aardRelatie
    }
}
