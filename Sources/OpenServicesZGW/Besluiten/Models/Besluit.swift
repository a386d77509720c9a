/// A decision in the Besluiten API (`Besluit`): what was decided, by whom, from when, and possibly on
/// which zaak.
///
/// ```swift
/// let besluit = try await besluiten.besluit(uuid)
/// print(besluit.identificatie ?? "", besluit.ingangsdatum, besluit.vervalreden ?? "")
/// ```
///
/// Dates are `YYYY-MM-DD`.
public struct Besluit: Sendable, Hashable, Codable {
    /// The besluit's own URL.
    public var url: ZGWResourceURL<Besluit>
    /// Its identification within the verantwoordelijke organisatie (generated when not given).
    public var identificatie: String?
    /// The RSIN of the organisation that took it.
    public var verantwoordelijkeOrganisatie: String
    /// The URL of its besluittype in the Catalogi API.
    public var besluittype: ZGWResourceURL<BesluitType>
    /// The zaak it is the outcome of, if any.
    public var zaak: ZGWResourceURL<Zaak>?
    /// The date it was taken.
    public var datum: String
    /// An explanation.
    public var toelichting: String?
    /// The body that took it, e.g. `college van B&W`.
    public var bestuursorgaan: String?
    /// From when it applies.
    public var ingangsdatum: String
    /// Until when it applies, if it lapses.
    public var vervaldatum: String?
    /// Why it lapses.
    public var vervalreden: BesluitVervalreden?
    /// ``vervalreden`` as text for people.
    public var vervalredenWeergave: String?
    /// When it was published.
    public var publicatiedatum: String?
    /// When it was sent.
    public var verzenddatum: String?
    /// The last day to object or appeal.
    public var uiterlijkeReactiedatum: String?

    /// Creates a besluit record (as a test double or a cache would).
    public init(
        url: ZGWResourceURL<Besluit>, identificatie: String? = nil, verantwoordelijkeOrganisatie: String,
        besluittype: ZGWResourceURL<BesluitType>, zaak: ZGWResourceURL<Zaak>? = nil, datum: String, toelichting: String? = nil,
        bestuursorgaan: String? = nil, ingangsdatum: String, vervaldatum: String? = nil, vervalreden: BesluitVervalreden? = nil,
        vervalredenWeergave: String? = nil, publicatiedatum: String? = nil, verzenddatum: String? = nil,
        uiterlijkeReactiedatum: String? = nil
    ) {
        self.url = url
        self.identificatie = identificatie
        self.verantwoordelijkeOrganisatie = verantwoordelijkeOrganisatie
        self.besluittype = besluittype
        self.zaak = zaak
        self.datum = datum
        self.toelichting = toelichting
        self.bestuursorgaan = bestuursorgaan
        self.ingangsdatum = ingangsdatum
        self.vervaldatum = vervaldatum
        self.vervalreden = vervalreden
        self.vervalredenWeergave = vervalredenWeergave
        self.publicatiedatum = publicatiedatum
        self.verzenddatum = verzenddatum
        self.uiterlijkeReactiedatum = uiterlijkeReactiedatum
    }
}
