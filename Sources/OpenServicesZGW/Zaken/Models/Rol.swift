public import Foundation

/// A rol: a party (person, organisation, branch, unit, employee) playing a roltype in a zaak (`/rollen`).
///
/// ``betrokkeneIdentificatie`` is decoded in the shape ``betrokkeneType`` names; an unknown type is kept
/// as ``BetrokkeneIdentificatie/other(type:_:)``.
///
/// ```swift
/// for rol in try await zaken.rollen(RolQuery(zaak: zaak.url)).results {
///     print(rol.omschrijving, rol.betrokkeneType)
/// }
/// ```
public struct Rol: Sendable, Hashable, Codable {
    /// The rol's own URL.
    public var url: ZGWResourceURL<Rol>
    /// Its UUID.
    public var uuid: UUID
    /// The zaak.
    public var zaak: ZGWResourceURL<Zaak>
    /// The betrokkene in another registration (URL), when known by URL.
    public var betrokkene: String?
    /// The kind of party.
    public var betrokkeneType: BetrokkeneType
    /// The name to use instead of the registered one.
    public var afwijkendeNaamBetrokkene: String?
    /// The roltype in the Catalogi API.
    public var roltype: ZGWResourceURL<RolType>
    /// The roltype's description (copied by the provider).
    public var omschrijving: String
    /// The roltype's generic role.
    public var omschrijvingGeneriek: RolOmschrijvingGeneriek
    /// An explanation of the rol.
    public var roltoelichting: String
    /// When the rol was registered.
    public var registratiedatum: String
    /// `gemachtigde` or `machtiginggever`, when the party acts under a mandate.
    public var indicatieMachtiging: String?
    /// The contact person.
    public var contactpersoonRol: ContactPersoonRol?
    /// The statussen this party set.
    public var statussen: [ZGWResourceURL<Status>]
    /// Who the party is, in the shape of ``betrokkeneType``.
    public var betrokkeneIdentificatie: BetrokkeneIdentificatie?

    enum CodingKeys: String, CodingKey {
        case url, uuid, zaak, betrokkene, betrokkeneType, afwijkendeNaamBetrokkene, roltype, omschrijving
        case omschrijvingGeneriek, roltoelichting, registratiedatum, indicatieMachtiging, contactpersoonRol
        case statussen, betrokkeneIdentificatie
    }

    /// Decodes a rol, reading `betrokkeneIdentificatie` in the shape its `betrokkeneType` names.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        url = try c.decode(ZGWResourceURL<Rol>.self, forKey: .url)
        uuid = try c.decode(UUID.self, forKey: .uuid)
        zaak = try c.decode(ZGWResourceURL<Zaak>.self, forKey: .zaak)
        betrokkene = try c.decodeIfPresent(String.self, forKey: .betrokkene)
        betrokkeneType = try c.decode(BetrokkeneType.self, forKey: .betrokkeneType)
        afwijkendeNaamBetrokkene = try c.decodeIfPresent(String.self, forKey: .afwijkendeNaamBetrokkene)
        roltype = try c.decode(ZGWResourceURL<RolType>.self, forKey: .roltype)
        omschrijving = try c.decode(String.self, forKey: .omschrijving)
        omschrijvingGeneriek = try c.decode(RolOmschrijvingGeneriek.self, forKey: .omschrijvingGeneriek)
        roltoelichting = try c.decode(String.self, forKey: .roltoelichting)
        registratiedatum = try c.decode(String.self, forKey: .registratiedatum)
        indicatieMachtiging = try c.decodeIfPresent(String.self, forKey: .indicatieMachtiging)
        contactpersoonRol = try c.decodeIfPresent(ContactPersoonRol.self, forKey: .contactpersoonRol)
        statussen = try c.decode([ZGWResourceURL<Status>].self, forKey: .statussen)
        betrokkeneIdentificatie = try BetrokkeneIdentificatie.decode(betrokkeneType.rawValue, from: c, forKey: .betrokkeneIdentificatie)
    }

    /// Encodes the rol with its official field names.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(url, forKey: .url)
        try c.encode(uuid, forKey: .uuid)
        try c.encode(zaak, forKey: .zaak)
        try c.encodeIfPresent(betrokkene, forKey: .betrokkene)
        try c.encode(betrokkeneType, forKey: .betrokkeneType)
        try c.encodeIfPresent(afwijkendeNaamBetrokkene, forKey: .afwijkendeNaamBetrokkene)
        try c.encode(roltype, forKey: .roltype)
        try c.encode(omschrijving, forKey: .omschrijving)
        try c.encode(omschrijvingGeneriek, forKey: .omschrijvingGeneriek)
        try c.encode(roltoelichting, forKey: .roltoelichting)
        try c.encode(registratiedatum, forKey: .registratiedatum)
        try c.encodeIfPresent(indicatieMachtiging, forKey: .indicatieMachtiging)
        try c.encodeIfPresent(contactpersoonRol, forKey: .contactpersoonRol)
        try c.encode(statussen, forKey: .statussen)
        try betrokkeneIdentificatie?.encode(to: &c, forKey: .betrokkeneIdentificatie)
    }
}
