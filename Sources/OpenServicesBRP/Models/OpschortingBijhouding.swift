/// Suspension of the record (`opschortingBijhouding`): the BRP stopped keeping the person's data
/// up to date, e.g. after death (`O`) or emigration (`E`). Always delivered when present.
public struct OpschortingBijhouding: Codable, Sendable, Hashable {
    /// The reason (`O` overlijden, `E` emigratie, `M` ministerieel besluit, `R` pl is aangelegd in de rni, `F` fout).
    public var reden: Waardetabel?
    /// The date the record was suspended.
    public var datum: AbstractDatum?

    /// Creates a suspension.
    public init(reden: Waardetabel? = nil, datum: AbstractDatum? = nil) {
        self.reden = reden
        self.datum = datum
    }
}
