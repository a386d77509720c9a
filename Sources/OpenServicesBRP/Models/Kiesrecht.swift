/// Exclusion from the right to vote (`UitsluitingKiesrecht`).
public struct UitsluitingKiesrecht: Codable, Sendable, Hashable {
    /// Whether the person is excluded from voting.
    public var uitgeslotenVanKiesrecht: Bool?
    /// The date the exclusion ends.
    public var einddatum: AbstractDatum?

    /// Creates an exclusion.
    public init(uitgeslotenVanKiesrecht: Bool? = nil, einddatum: AbstractDatum? = nil) {
        self.uitgeslotenVanKiesrecht = uitgeslotenVanKiesrecht
        self.einddatum = einddatum
    }
}

/// The right to vote for the European Parliament (`EuropeesKiesrecht`).
public struct EuropeesKiesrecht: Codable, Sendable, Hashable {
    /// Whether the person receives a call to vote (table `Europees_Kiesrecht`: 1 uitgesloten, 2 ontvangt oproep).
    public var aanduiding: Waardetabel?
    /// The date an exclusion ends.
    public var einddatumUitsluiting: AbstractDatum?

    /// Creates European voting-right data.
    public init(aanduiding: Waardetabel? = nil, einddatumUitsluiting: AbstractDatum? = nil) {
        self.aanduiding = aanduiding
        self.einddatumUitsluiting = einddatumUitsluiting
    }
}
