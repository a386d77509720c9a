/// An organisation with legal personality as betrokkene (`niet_natuurlijk_persoon`).
public struct RolNietNatuurlijkPersoon: Sendable, Hashable, Codable {
    /// The RSIN.
    public var innNnpId: String?
    /// The identification of an organisation without RSIN.
    public var annIdentificatie: String?
    /// The registered name.
    public var statutaireNaam: String?
    /// The legal form.
    public var innRechtsvorm: String?
    /// The visiting address (BAG identification).
    public var bezoekadres: String?
    /// The address abroad.
    public var subVerblijfBuitenland: SubVerblijfBuitenland?

    /// Creates an organisation identification.
    public init(innNnpId: String? = nil, annIdentificatie: String? = nil, statutaireNaam: String? = nil, innRechtsvorm: String? = nil) {
        self.innNnpId = innNnpId
        self.annIdentificatie = annIdentificatie
        self.statutaireNaam = statutaireNaam
        self.innRechtsvorm = innRechtsvorm
    }
}
