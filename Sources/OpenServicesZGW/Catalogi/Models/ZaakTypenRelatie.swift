/// A relation of a zaaktype to another zaaktype (`gerelateerdeZaaktypen`).
public struct ZaakTypenRelatie: Sendable, Hashable, Codable {
    /// The related zaaktype (it may live in another catalogus or API, so it is kept as text).
    public var zaaktype: String
    /// `vervolg`, `bijdrage` or `onderwerp`.
    public var aardRelatie: String
    /// An explanation.
    public var toelichting: String?
}
