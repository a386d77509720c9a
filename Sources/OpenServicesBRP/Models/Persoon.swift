/// A person as `RaadpleegMetBurgerservicenummer` returns it (`Persoon`): every group the BRP API
/// delivers, each present only when asked for with `fields` (or delivered automatically).
///
/// ```swift
/// let personen = try await brp.persons([try BSN("999993653")], fields: ["naam", "geboorte", "verblijfplaats"])
/// print(personen.first?.naam?.voornamen ?? "")   // Suzanne
/// ```
public struct Persoon: Codable, Sendable, Hashable {
    /// The A-nummer (10 digits).
    public var aNummer: String?
    /// The burgerservicenummer (9 digits).
    public var burgerservicenummer: String?
    /// The date of the first registration in the GBA.
    public var datumEersteInschrijvingGBA: AbstractDatum?
    /// Automatically delivered: the person's data may not be given to third parties.
    public var geheimhoudingPersoonsgegevens: Bool?
    /// The sex (`M` man, `V` vrouw, `O` onbekend).
    public var geslacht: Waardetabel?
    /// Automatically delivered: which person data are under investigation.
    public var inOnderzoek: InOnderzoek?
    /// Exclusion from voting.
    public var uitsluitingKiesrecht: UitsluitingKiesrecht?
    /// The right to vote for the European Parliament.
    public var europeesKiesrecht: EuropeesKiesrecht?
    /// The age in years on the day of the request (not delivered for a deceased person).
    public var leeftijd: Int?
    /// The name.
    public var naam: Naam?
    /// The nationalities.
    public var nationaliteiten: [Nationaliteit]?
    /// The birth.
    public var geboorte: Geboorte?
    /// Automatically delivered: the record is no longer kept up to date.
    public var opschortingBijhouding: OpschortingBijhouding?
    /// The death, for a deceased person.
    public var overlijden: Overlijden?
    /// Where the person lives.
    public var verblijfplaats: Verblijfplaats?
    /// Immigration data.
    public var immigratie: Immigratie?
    /// The municipality the person is registered in (`1999` for the RNI).
    public var gemeenteVanInschrijving: Waardetabel?
    /// The date of registration in that municipality.
    public var datumInschrijvingInGemeente: AbstractDatum?
    /// Address lines and salutation.
    public var adressering: Adressering?
    /// Whether the person is under guardianship (curatele).
    public var indicatieCurateleRegister: Bool?
    /// Deprecated: the authority indication for a minor; use ``gezag``.
    public var indicatieGezagMinderjarige: Waardetabel?
    /// Who has authority over this person (as a minor) or over minors (as parent or guardian).
    public var gezag: [Gezagsrelatie]?
    /// The residence permit.
    public var verblijfstitel: Verblijfstitel?
    /// The children.
    public var kinderen: [Kind]?
    /// The parents.
    public var ouders: [Ouder]?
    /// The current or last dissolved partner.
    public var partners: [Partner]?
    /// Automatically delivered: the RNI participants that supplied data.
    public var rni: [RniDeelnemer]?
    /// Automatically delivered: the verification of RNI data.
    public var verificatie: Verificatie?

    /// Creates a person.
    public init(
        aNummer: String? = nil, burgerservicenummer: String? = nil, datumEersteInschrijvingGBA: AbstractDatum? = nil,
        geheimhoudingPersoonsgegevens: Bool? = nil, geslacht: Waardetabel? = nil, inOnderzoek: InOnderzoek? = nil,
        uitsluitingKiesrecht: UitsluitingKiesrecht? = nil, europeesKiesrecht: EuropeesKiesrecht? = nil, leeftijd: Int? = nil,
        naam: Naam? = nil, nationaliteiten: [Nationaliteit]? = nil, geboorte: Geboorte? = nil,
        opschortingBijhouding: OpschortingBijhouding? = nil, overlijden: Overlijden? = nil, verblijfplaats: Verblijfplaats? = nil,
        immigratie: Immigratie? = nil, gemeenteVanInschrijving: Waardetabel? = nil, datumInschrijvingInGemeente: AbstractDatum? = nil,
        adressering: Adressering? = nil, indicatieCurateleRegister: Bool? = nil, indicatieGezagMinderjarige: Waardetabel? = nil,
        gezag: [Gezagsrelatie]? = nil, verblijfstitel: Verblijfstitel? = nil, kinderen: [Kind]? = nil, ouders: [Ouder]? = nil,
        partners: [Partner]? = nil, rni: [RniDeelnemer]? = nil, verificatie: Verificatie? = nil
    ) {
        self.aNummer = aNummer
        self.burgerservicenummer = burgerservicenummer
        self.datumEersteInschrijvingGBA = datumEersteInschrijvingGBA
        self.geheimhoudingPersoonsgegevens = geheimhoudingPersoonsgegevens
        self.geslacht = geslacht
        self.inOnderzoek = inOnderzoek
        self.uitsluitingKiesrecht = uitsluitingKiesrecht
        self.europeesKiesrecht = europeesKiesrecht
        self.leeftijd = leeftijd
        self.naam = naam
        self.nationaliteiten = nationaliteiten
        self.geboorte = geboorte
        self.opschortingBijhouding = opschortingBijhouding
        self.overlijden = overlijden
        self.verblijfplaats = verblijfplaats
        self.immigratie = immigratie
        self.gemeenteVanInschrijving = gemeenteVanInschrijving
        self.datumInschrijvingInGemeente = datumInschrijvingInGemeente
        self.adressering = adressering
        self.indicatieCurateleRegister = indicatieCurateleRegister
        self.indicatieGezagMinderjarige = indicatieGezagMinderjarige
        self.gezag = gezag
        self.verblijfstitel = verblijfstitel
        self.kinderen = kinderen
        self.ouders = ouders
        self.partners = partners
        self.rni = rni
        self.verificatie = verificatie
    }
}
