/// The body of ``ZakenClient/createRol(_:options:)`` (`POST /rollen`): adds a party to a zaak.
///
/// ```swift
/// let aanvrager = RolInput(
///     zaak: zaak.url, roltype: aanvragerType.url,
///     betrokkene: .natuurlijkPersoon(RolNatuurlijkPersoon(inpBsn: try BSN("999993653"), geslachtsnaam: "Moulin")),
///     roltoelichting: "Aanvrager")
/// let rol = try await zaken.createRol(aanvrager)
/// ```
public struct RolInput: Sendable, Hashable, Codable {
    /// The zaak.
    public var zaak: ZGWResourceURL<Zaak>
    /// The betrokkene in another registration (URL), when known by URL.
    public var betrokkene: String?
    /// The kind of party.
    public var betrokkeneType: BetrokkeneType
    /// The name to use instead of the registered one.
    public var afwijkendeNaamBetrokkene: String?
    /// The roltype (of the zaak's zaaktype).
    public var roltype: ZGWResourceURL<RolType>
    /// An explanation of the rol. Required, and providers such as Open Zaak refuse an empty one.
    public var roltoelichting: String
    /// `gemachtigde` or `machtiginggever`.
    public var indicatieMachtiging: String?
    /// The contact person.
    public var contactpersoonRol: ContactPersoonRol?
    /// Who the party is.
    public var betrokkeneIdentificatie: BetrokkeneIdentificatie?

    /// Creates the body for a party identified by its identification; the `betrokkeneType` follows from it.
    public init(
        zaak: ZGWResourceURL<Zaak>, roltype: ZGWResourceURL<RolType>, betrokkene identificatie: BetrokkeneIdentificatie,
        roltoelichting: String, contactpersoonRol: ContactPersoonRol? = nil
    ) {
        self.zaak = zaak
        self.roltype = roltype
        self.betrokkeneType = identificatie.betrokkeneType
        self.betrokkeneIdentificatie = identificatie
        self.roltoelichting = roltoelichting
        self.contactpersoonRol = contactpersoonRol
    }

    /// Creates the body for a party known by URL in another registration.
    public init(
        zaak: ZGWResourceURL<Zaak>, roltype: ZGWResourceURL<RolType>, betrokkeneType: BetrokkeneType, betrokkene: String,
        roltoelichting: String
    ) {
        self.zaak = zaak
        self.roltype = roltype
        self.betrokkeneType = betrokkeneType
        self.betrokkene = betrokkene
        self.roltoelichting = roltoelichting
    }

    enum CodingKeys: String, CodingKey {
        case zaak, betrokkene, betrokkeneType, afwijkendeNaamBetrokkene, roltype, roltoelichting, indicatieMachtiging
        case contactpersoonRol, betrokkeneIdentificatie
    }

    /// Decodes the body, reading `betrokkeneIdentificatie` in the shape its `betrokkeneType` names.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        zaak = try c.decode(ZGWResourceURL<Zaak>.self, forKey: .zaak)
        betrokkene = try c.decodeIfPresent(String.self, forKey: .betrokkene)
        betrokkeneType = try c.decode(BetrokkeneType.self, forKey: .betrokkeneType)
        afwijkendeNaamBetrokkene = try c.decodeIfPresent(String.self, forKey: .afwijkendeNaamBetrokkene)
        roltype = try c.decode(ZGWResourceURL<RolType>.self, forKey: .roltype)
        roltoelichting = try c.decode(String.self, forKey: .roltoelichting)
        indicatieMachtiging = try c.decodeIfPresent(String.self, forKey: .indicatieMachtiging)
        contactpersoonRol = try c.decodeIfPresent(ContactPersoonRol.self, forKey: .contactpersoonRol)
        betrokkeneIdentificatie = try BetrokkeneIdentificatie.decode(betrokkeneType.rawValue, from: c, forKey: .betrokkeneIdentificatie)
    }

    /// Encodes the body with its official field names.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(zaak, forKey: .zaak)
        try c.encodeIfPresent(betrokkene, forKey: .betrokkene)
        try c.encode(betrokkeneType, forKey: .betrokkeneType)
        try c.encodeIfPresent(afwijkendeNaamBetrokkene, forKey: .afwijkendeNaamBetrokkene)
        try c.encode(roltype, forKey: .roltype)
        try c.encode(roltoelichting, forKey: .roltoelichting)
        try c.encodeIfPresent(indicatieMachtiging, forKey: .indicatieMachtiging)
        try c.encodeIfPresent(contactpersoonRol, forKey: .contactpersoonRol)
        try betrokkeneIdentificatie?.encode(to: &c, forKey: .betrokkeneIdentificatie)
    }
}
