/// KVK `Vestiging`: a branch, as Vestigingsprofiel returns it and as Basisprofiel embeds the main branch.
///
/// ```swift
/// let vestiging = try await kvk.branchProfile("000071000011", geoData: true)
/// print(vestiging.eersteHandelsnaam ?? "", vestiging.indHoofdvestiging ?? "")
/// ```
public struct KVKVestiging: Hashable, Sendable, Codable {
    /// The 12-digit vestigingsnummer.
    public var vestigingsnummer: String?
    /// The 8-digit KVK-nummer.
    public var kvkNummer: String?
    /// The RSIN of the legal entity, when it has one.
    public var rsin: String?
    /// Whether the enterprise refuses unsolicited mail (`Ja`/`Nee`).
    public var indNonMailing: String?
    /// The date of registration in the Handelsregister (`yyyymmdd`).
    public var formeleRegistratiedatum: String?
    /// Start and end of the enterprise.
    public var materieleRegistratie: KVKMaterieleRegistratie?
    /// The statutory name, when there are statutes.
    public var statutaireNaam: String?
    /// The first trade name.
    public var eersteHandelsnaam: String?
    /// Whether this is the main branch (`Ja`/`Nee`).
    public var indHoofdvestiging: String?
    /// Whether this is a commercial branch (`Ja`/`Nee`).
    public var indCommercieleVestiging: String?
    /// Full-time workers.
    public var voltijdWerkzamePersonen: Int?
    /// All workers.
    public var totaalWerkzamePersonen: Int?
    /// Part-time workers.
    public var deeltijdWerkzamePersonen: Int?
    /// Every trade name, in the order of registration.
    public var handelsnamen: [KVKHandelsnaam]?
    /// Visiting and correspondence addresses.
    public var adressen: [KVKAdres]?
    /// Websites.
    public var websites: [String]?
    /// SBI activities.
    public var sbiActiviteiten: [KVKSBIActiviteit]?
    /// Links as an array (`links`).
    public var links: KVKLinks?
    /// Links as an object (`_links`).
    public var _links: KVKLinks?

    /// Creates a branch.
    public init(
        vestigingsnummer: String? = nil, kvkNummer: String? = nil, rsin: String? = nil, indNonMailing: String? = nil,
        formeleRegistratiedatum: String? = nil, materieleRegistratie: KVKMaterieleRegistratie? = nil,
        statutaireNaam: String? = nil, eersteHandelsnaam: String? = nil, indHoofdvestiging: String? = nil,
        indCommercieleVestiging: String? = nil, voltijdWerkzamePersonen: Int? = nil, totaalWerkzamePersonen: Int? = nil,
        deeltijdWerkzamePersonen: Int? = nil, handelsnamen: [KVKHandelsnaam]? = nil, adressen: [KVKAdres]? = nil,
        websites: [String]? = nil, sbiActiviteiten: [KVKSBIActiviteit]? = nil, links: KVKLinks? = nil, _links: KVKLinks? = nil
    ) {
        self.vestigingsnummer = vestigingsnummer
        self.kvkNummer = kvkNummer
        self.rsin = rsin
        self.indNonMailing = indNonMailing
        self.formeleRegistratiedatum = formeleRegistratiedatum
        self.materieleRegistratie = materieleRegistratie
        self.statutaireNaam = statutaireNaam
        self.eersteHandelsnaam = eersteHandelsnaam
        self.indHoofdvestiging = indHoofdvestiging
        self.indCommercieleVestiging = indCommercieleVestiging
        self.voltijdWerkzamePersonen = voltijdWerkzamePersonen
        self.totaalWerkzamePersonen = totaalWerkzamePersonen
        self.deeltijdWerkzamePersonen = deeltijdWerkzamePersonen
        self.handelsnamen = handelsnamen
        self.adressen = adressen
        self.websites = websites
        self.sbiActiviteiten = sbiActiviteiten
        self.links = links
        self._links = _links
    }

    /// The links of either shape.
    public var allLinks: [KVKLink] { (links?.links ?? []) + (_links?.links ?? []) }
}
