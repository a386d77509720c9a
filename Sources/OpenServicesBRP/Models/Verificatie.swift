/// Verification of the RNI data of a person living abroad (`verificatie`). Always delivered when present.
public struct Verificatie: Codable, Sendable, Hashable {
    /// The date the data were verified.
    public var datum: AbstractDatum?
    /// How they were verified.
    public var omschrijving: String?

    /// Creates a verification.
    public init(datum: AbstractDatum? = nil, omschrijving: String? = nil) {
        self.datum = datum
        self.omschrijving = omschrijving
    }
}
