/// A person as the search operations return it (`PersoonBeperkt`): a limited set of fields to
/// recognise the person by, so that the caller can then look up the one it needs by BSN.
public struct PersoonBeperkt: Codable, Sendable, Hashable {
    /// The burgerservicenummer.
    public var burgerservicenummer: String?
    /// The birth (date only).
    public var geboorte: Geboorte?
    /// Automatically delivered: the person's data may not be given to third parties.
    public var geheimhoudingPersoonsgegevens: Bool?
    /// The sex.
    public var geslacht: Waardetabel?
    /// Automatically delivered: which person data are under investigation.
    public var inOnderzoek: InOnderzoek?
    /// The age in years.
    public var leeftijd: Int?
    /// The name.
    public var naam: Naam?
    /// Automatically delivered: the record is no longer kept up to date.
    public var opschortingBijhouding: OpschortingBijhouding?
    /// Address lines.
    public var adressering: Adressering?
    /// Automatically delivered: the RNI participants that supplied data.
    public var rni: [RniDeelnemer]?
    /// Automatically delivered: the verification of RNI data.
    public var verificatie: Verificatie?

    /// Creates a limited person.
    public init(
        burgerservicenummer: String? = nil, geboorte: Geboorte? = nil, geheimhoudingPersoonsgegevens: Bool? = nil,
        geslacht: Waardetabel? = nil, inOnderzoek: InOnderzoek? = nil, leeftijd: Int? = nil, naam: Naam? = nil,
        opschortingBijhouding: OpschortingBijhouding? = nil, adressering: Adressering? = nil, rni: [RniDeelnemer]? = nil,
        verificatie: Verificatie? = nil
    ) {
        self.burgerservicenummer = burgerservicenummer
        self.geboorte = geboorte
        self.geheimhoudingPersoonsgegevens = geheimhoudingPersoonsgegevens
        self.geslacht = geslacht
        self.inOnderzoek = inOnderzoek
        self.leeftijd = leeftijd
        self.naam = naam
        self.opschortingBijhouding = opschortingBijhouding
        self.adressering = adressering
        self.rni = rni
        self.verificatie = verificatie
    }
}
