/// One characteristic of a BAG object that is under investigation (`Kenmerk…InOnderzoek`).
///
/// ```swift
/// for kenmerk in pand.inonderzoek ?? [] where kenmerk.inOnderzoek == .ja { print(kenmerk.kenmerk) }
/// ```
public struct BAGKenmerkInOnderzoek: Hashable, Sendable, Codable {
    /// The characteristic, e.g. `oppervlakte` or `status`.
    public var kenmerk: String
    /// Whether it is under investigation.
    public var inOnderzoek: BAGIndicatie
    /// The date of the document that started the investigation.
    public var documentdatum: String?
    /// The number of that document.
    public var documentnummer: String?

    /// Creates a characteristic under investigation.
    public init(kenmerk: String, inOnderzoek: BAGIndicatie, documentdatum: String? = nil, documentnummer: String? = nil) {
        self.kenmerk = kenmerk
        self.inOnderzoek = inOnderzoek
        self.documentdatum = documentdatum
        self.documentnummer = documentnummer
    }
}
