/// KVK `VestigingBasis`: a branch in the list of an enterprise's branches.
///
/// ```swift
/// for vestiging in try await kvk.branches("71000011").vestigingen ?? [] { print(vestiging.vestigingsnummer ?? "") }
/// ```
public struct KVKVestigingBasis: Hashable, Sendable, Codable {
    /// The 12-digit vestigingsnummer.
    public var vestigingsnummer: String?
    /// The 8-digit KVK-nummer.
    public var kvkNummer: String?
    /// The first trade name.
    public var eersteHandelsnaam: String?
    /// Whether this is the main branch (`Ja`/`Nee`).
    public var indHoofdvestiging: String?
    /// Whether the address is shielded (`Ja`/`Nee`).
    public var indAdresAfgeschermd: String?
    /// Whether this is a commercial branch (`Ja`/`Nee`).
    public var indCommercieleVestiging: String?
    /// The whole address on one line.
    public var volledigAdres: String?
    /// Links as an array (`links`).
    public var links: KVKLinks?
    /// Links as an object (`_links`).
    public var _links: KVKLinks?

    /// Creates a branch entry.
    public init(
        vestigingsnummer: String? = nil, kvkNummer: String? = nil, eersteHandelsnaam: String? = nil,
        indHoofdvestiging: String? = nil, indAdresAfgeschermd: String? = nil, indCommercieleVestiging: String? = nil,
        volledigAdres: String? = nil, links: KVKLinks? = nil, _links: KVKLinks? = nil
    ) {
        self.vestigingsnummer = vestigingsnummer
        self.kvkNummer = kvkNummer
        self.eersteHandelsnaam = eersteHandelsnaam
        self.indHoofdvestiging = indHoofdvestiging
        self.indAdresAfgeschermd = indAdresAfgeschermd
        self.indCommercieleVestiging = indCommercieleVestiging
        self.volledigAdres = volledigAdres
        self.links = links
        self._links = _links
    }
}
