/// The current or last dissolved marriage or registered partnership (`Partner`).
public struct Partner: Codable, Sendable, Hashable {
    /// The partner's BSN.
    public var burgerservicenummer: String?
    /// The partner's sex (`M`, `V`, `O`).
    public var geslacht: Waardetabel?
    /// Marriage (`H`) or registered partnership (`P`).
    public var soortVerbintenis: Waardetabel?
    /// The partner's name.
    public var naam: Naam?
    /// The partner's birth.
    public var geboorte: Geboorte?
    /// When and where the marriage or partnership was entered into.
    public var aangaanHuwelijkPartnerschap: AangaanHuwelijkPartnerschap?
    /// When it was dissolved, if it was.
    public var ontbindingHuwelijkPartnerschap: OntbindingHuwelijkPartnerschap?
    /// Which partner data are under investigation.
    public var inOnderzoek: InOnderzoek?

    /// Creates a partner.
    public init(
        burgerservicenummer: String? = nil, geslacht: Waardetabel? = nil, soortVerbintenis: Waardetabel? = nil, naam: Naam? = nil,
        geboorte: Geboorte? = nil, aangaanHuwelijkPartnerschap: AangaanHuwelijkPartnerschap? = nil,
        ontbindingHuwelijkPartnerschap: OntbindingHuwelijkPartnerschap? = nil, inOnderzoek: InOnderzoek? = nil
    ) {
        self.burgerservicenummer = burgerservicenummer
        self.geslacht = geslacht
        self.soortVerbintenis = soortVerbintenis
        self.naam = naam
        self.geboorte = geboorte
        self.aangaanHuwelijkPartnerschap = aangaanHuwelijkPartnerschap
        self.ontbindingHuwelijkPartnerschap = ontbindingHuwelijkPartnerschap
        self.inOnderzoek = inOnderzoek
    }
}

/// When and where a marriage or partnership was entered into (`AangaanHuwelijkPartnerschap`).
public struct AangaanHuwelijkPartnerschap: Codable, Sendable, Hashable {
    /// The date.
    public var datum: AbstractDatum?
    /// The country.
    public var land: Waardetabel?
    /// The municipality, or a foreign place in `omschrijving`.
    public var plaats: Waardetabel?
    /// Which data are under investigation.
    public var inOnderzoek: InOnderzoek?

    /// Creates the data.
    public init(datum: AbstractDatum? = nil, land: Waardetabel? = nil, plaats: Waardetabel? = nil, inOnderzoek: InOnderzoek? = nil) {
        self.datum = datum
        self.land = land
        self.plaats = plaats
        self.inOnderzoek = inOnderzoek
    }
}

/// When a marriage or partnership was dissolved (`OntbindingHuwelijkPartnerschap`).
public struct OntbindingHuwelijkPartnerschap: Codable, Sendable, Hashable {
    /// The date.
    public var datum: AbstractDatum?
    /// Whether the date is under investigation.
    public var inOnderzoek: InOnderzoek?

    /// Creates the data.
    public init(datum: AbstractDatum? = nil, inOnderzoek: InOnderzoek? = nil) {
        self.datum = datum
        self.inOnderzoek = inOnderzoek
    }
}
