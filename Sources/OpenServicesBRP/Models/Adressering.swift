/// How to address the person in writing (`Adressering`, `AdresseringBeperkt`): address lines and salutation.
public struct Adressering: Codable, Sendable, Hashable {
    /// The salutation for a letter, e.g. `Geachte mevrouw Moulin`.
    public var aanhef: String?
    /// The composed name and form of address for the envelope.
    public var aanschrijfwijze: Aanschrijfwijze?
    /// The name to use when referring to the person in running text, e.g. `mevrouw Moulin`.
    public var gebruikInLopendeTekst: String?
    /// Address line 1: street and number (at most 40 characters).
    public var adresregel1: String?
    /// Address line 2: postcode and place (at most 50 characters).
    public var adresregel2: String?
    /// Address line 3: region abroad.
    public var adresregel3: String?
    /// The country, for an address abroad.
    public var land: Waardetabel?
    /// Whether it was established that the person no longer lives at the address.
    public var indicatieVastgesteldVerblijftNietOpAdres: Bool?
    /// Which addressing data are under investigation.
    public var inOnderzoek: InOnderzoek?

    /// Creates addressing data.
    public init(
        aanhef: String? = nil, aanschrijfwijze: Aanschrijfwijze? = nil, gebruikInLopendeTekst: String? = nil,
        adresregel1: String? = nil, adresregel2: String? = nil, adresregel3: String? = nil, land: Waardetabel? = nil,
        indicatieVastgesteldVerblijftNietOpAdres: Bool? = nil, inOnderzoek: InOnderzoek? = nil
    ) {
        self.aanhef = aanhef
        self.aanschrijfwijze = aanschrijfwijze
        self.gebruikInLopendeTekst = gebruikInLopendeTekst
        self.adresregel1 = adresregel1
        self.adresregel2 = adresregel2
        self.adresregel3 = adresregel3
        self.land = land
        self.indicatieVastgesteldVerblijftNietOpAdres = indicatieVastgesteldVerblijftNietOpAdres
        self.inOnderzoek = inOnderzoek
    }
}

/// The composed name and form of address for an envelope (`Aanschrijfwijze`).
public struct Aanschrijfwijze: Codable, Sendable, Hashable {
    /// The composed name, e.g. `S. Moulin`.
    public var naam: String?
    /// A line above the name for persons with a title or predicate, e.g. `De hoogwelgeboren heer`.
    public var aanspreekvorm: String?

    /// Creates an aanschrijfwijze.
    public init(naam: String? = nil, aanspreekvorm: String? = nil) {
        self.naam = naam
        self.aanspreekvorm = aanspreekvorm
    }
}
