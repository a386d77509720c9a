/// A new besluit, or a full update (`PUT`) of one.
///
/// ```swift
/// var nieuw = BesluitRequest(verantwoordelijkeOrganisatie: "002220647", besluittype: besluittype,
///                            datum: "2026-03-02", ingangsdatum: "2026-03-03")
/// nieuw.zaak = zaak.url
/// let besluit = try await besluiten.createBesluit(nieuw)
/// ```
public struct BesluitRequest: Sendable, Hashable, Codable {
    /// Its identification within the organisation; generated when not given.
    public var identificatie: String?
    /// The RSIN of the organisation that takes it.
    public var verantwoordelijkeOrganisatie: String
    /// The URL of its besluittype in the Catalogi API.
    public var besluittype: ZGWResourceURL<BesluitType>
    /// The zaak it is the outcome of, if any.
    public var zaak: ZGWResourceURL<Zaak>?
    /// The date it was taken, `YYYY-MM-DD`.
    public var datum: String
    /// An explanation.
    public var toelichting: String?
    /// The body that took it.
    public var bestuursorgaan: String?
    /// From when it applies, `YYYY-MM-DD`.
    public var ingangsdatum: String
    /// Until when it applies.
    public var vervaldatum: String?
    /// Why it lapses.
    public var vervalreden: BesluitVervalreden?
    /// When it was published.
    public var publicatiedatum: String?
    /// When it was sent.
    public var verzenddatum: String?
    /// The last day to object or appeal.
    public var uiterlijkeReactiedatum: String?

    /// Creates a besluit with the members the API requires; set the others as needed.
    public init(verantwoordelijkeOrganisatie: String, besluittype: ZGWResourceURL<BesluitType>, datum: String, ingangsdatum: String) {
        self.verantwoordelijkeOrganisatie = verantwoordelijkeOrganisatie
        self.besluittype = besluittype
        self.datum = datum
        self.ingangsdatum = ingangsdatum
    }

    /// The members of an existing besluit, to change and send back with a full update (`PUT`).
    ///
    /// ```swift
    /// var wijziging = BesluitRequest(besluit)
    /// wijziging.toelichting = "Aangepast na bezwaar"
    /// ```
    public init(_ besluit: Besluit) {
        self.init(
            verantwoordelijkeOrganisatie: besluit.verantwoordelijkeOrganisatie, besluittype: besluit.besluittype,
            datum: besluit.datum, ingangsdatum: besluit.ingangsdatum)
        identificatie = besluit.identificatie
        zaak = besluit.zaak
        toelichting = besluit.toelichting
        bestuursorgaan = besluit.bestuursorgaan
        vervaldatum = besluit.vervaldatum
        vervalreden = besluit.vervalreden
        publicatiedatum = besluit.publicatiedatum
        verzenddatum = besluit.verzenddatum
        uiterlijkeReactiedatum = besluit.uiterlijkeReactiedatum
    }
}
