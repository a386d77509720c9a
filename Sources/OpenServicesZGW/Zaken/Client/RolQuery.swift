/// The filters of a rollen list (`GET /rollen`).
///
/// The Zaken API has no search body for rollen, so this query has no BSN filter: a BSN would end up
/// in the URL. To find a person's rollen, find their zaken with ``ZaakQuery/bsn`` (sent in a body) and
/// list the rollen of those zaken.
///
/// ```swift
/// let behandelaars = try await zaken.rollen(RolQuery(zaak: zaak.url, omschrijvingGeneriek: .behandelaar))
/// ```
public struct RolQuery: Sendable, Hashable {
    /// `zaak`: the rollen of this zaak.
    public var zaak: ZGWResourceURL<Zaak>?
    /// `betrokkene`: rollen of this betrokkene URL.
    public var betrokkene: String?
    /// `betrokkeneType`.
    public var betrokkeneType: BetrokkeneType?
    /// `roltype`.
    public var roltype: ZGWResourceURL<RolType>?
    /// `omschrijving`: the roltype's description.
    public var omschrijving: String?
    /// `omschrijvingGeneriek`.
    public var omschrijvingGeneriek: RolOmschrijvingGeneriek?
    /// `betrokkeneIdentificatie__nietNatuurlijkPersoon__innNnpId`: an organisation's RSIN.
    public var innNnpId: String?
    /// `betrokkeneIdentificatie__nietNatuurlijkPersoon__annIdentificatie`.
    public var annIdentificatie: String?
    /// `betrokkeneIdentificatie__vestiging__vestigingsNummer`.
    public var vestigingsNummer: String?
    /// `betrokkeneIdentificatie__medewerker__identificatie`.
    public var medewerkerIdentificatie: String?
    /// `betrokkeneIdentificatie__organisatorischeEenheid__identificatie`.
    public var organisatorischeEenheidIdentificatie: String?

    /// Creates a query; set further filters as properties.
    public init(
        zaak: ZGWResourceURL<Zaak>? = nil, betrokkeneType: BetrokkeneType? = nil, roltype: ZGWResourceURL<RolType>? = nil,
        omschrijvingGeneriek: RolOmschrijvingGeneriek? = nil
    ) {
        self.zaak = zaak
        self.betrokkeneType = betrokkeneType
        self.roltype = roltype
        self.omschrijvingGeneriek = omschrijvingGeneriek
    }

    /// The filters that are set, as query parameters.
    var queryItems: [(String, String)] {
        let all: [(String, String?)] = [
            ("zaak", zaak?.description),
            ("betrokkene", betrokkene),
            ("betrokkeneType", betrokkeneType?.rawValue),
            ("roltype", roltype?.description),
            ("omschrijving", omschrijving),
            ("omschrijvingGeneriek", omschrijvingGeneriek?.rawValue),
            ("betrokkeneIdentificatie__nietNatuurlijkPersoon__innNnpId", innNnpId),
            ("betrokkeneIdentificatie__nietNatuurlijkPersoon__annIdentificatie", annIdentificatie),
            ("betrokkeneIdentificatie__vestiging__vestigingsNummer", vestigingsNummer),
            ("betrokkeneIdentificatie__medewerker__identificatie", medewerkerIdentificatie),
            ("betrokkeneIdentificatie__organisatorischeEenheid__identificatie", organisatorischeEenheidIdentificatie),
        ]
        return all.compactMap { name, value in value.map { (name, $0) } }
    }
}
