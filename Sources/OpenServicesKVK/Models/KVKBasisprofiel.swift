/// KVK `Basisprofiel`: the registration of an enterprise (maatschappelijke activiteit) with its
/// owner and main branch embedded.
///
/// ```swift
/// let profiel = try await kvk.basicProfile("71000011", geoData: true)
/// print(profiel.naam ?? "", profiel._embedded?.hoofdvestiging?.vestigingsnummer ?? "")
/// ```
public struct KVKBasisprofiel: Hashable, Sendable, Codable {
    /// The 8-digit KVK-nummer.
    public var kvkNummer: String?
    /// Whether the enterprise refuses unsolicited mail (`Ja`/`Nee`).
    public var indNonMailing: String?
    /// The name.
    public var naam: String?
    /// The date of registration (`yyyymmdd`).
    public var formeleRegistratiedatum: String?
    /// Start and end of the enterprise.
    public var materieleRegistratie: KVKMaterieleRegistratie?
    /// All workers.
    public var totaalWerkzamePersonen: Int?
    /// The statutory name, when there are statutes.
    public var statutaireNaam: String?
    /// Every trade name, in the order of registration.
    public var handelsnamen: [KVKHandelsnaam]?
    /// SBI activities.
    public var sbiActiviteiten: [KVKSBIActiviteit]?
    /// Links as an array (`links`).
    public var links: KVKLinks?
    /// Links as an object (`_links`).
    public var _links: KVKLinks?
    /// The main branch and the owner.
    public var _embedded: KVKEmbeddedContainer?

    /// Creates a profile.
    public init(
        kvkNummer: String? = nil, indNonMailing: String? = nil, naam: String? = nil, formeleRegistratiedatum: String? = nil,
        materieleRegistratie: KVKMaterieleRegistratie? = nil, totaalWerkzamePersonen: Int? = nil, statutaireNaam: String? = nil,
        handelsnamen: [KVKHandelsnaam]? = nil, sbiActiviteiten: [KVKSBIActiviteit]? = nil, links: KVKLinks? = nil,
        _links: KVKLinks? = nil, _embedded: KVKEmbeddedContainer? = nil
    ) {
        self.kvkNummer = kvkNummer
        self.indNonMailing = indNonMailing
        self.naam = naam
        self.formeleRegistratiedatum = formeleRegistratiedatum
        self.materieleRegistratie = materieleRegistratie
        self.totaalWerkzamePersonen = totaalWerkzamePersonen
        self.statutaireNaam = statutaireNaam
        self.handelsnamen = handelsnamen
        self.sbiActiviteiten = sbiActiviteiten
        self.links = links
        self._links = _links
        self._embedded = _embedded
    }
}
