/// The official rules for the `fields` of a BRP query, checked by the client before sending and by
/// the sandbox on receipt.
///
/// The allowed paths are those of the official lists per query type (BRP Personen 2.7,
/// `fields-filtered-Persoon.csv`, `…-PersoonBeperkt.csv`, `…-GezagPersoonBeperkt.csv`). A path to a
/// table value (`geslacht`) may go one level deeper (`geslacht.code`, `geslacht.omschrijving`), and a
/// path to a date (`geboorte.datum`) may name a date part (`type`, `datum`, `jaar`, `maand`,
/// `onbekend`, `langFormaat`). Fields the service delivers by itself — `inOnderzoek`,
/// `geheimhoudingPersoonsgegevens`, `opschortingBijhouding`, `rni`, `verificatie` — may not be asked
/// for, nor parts of `gezag`.
public enum BRPFieldRules {
    /// The most paths one query may list.
    public static let maximumCount = 130

    /// The top-level fields the service delivers by itself when they apply; asking for them is an error.
    public static let automaticallyDelivered: Set<String> = [
        "inOnderzoek", "geheimhoudingPersoonsgegevens", "opschortingBijhouding", "rni", "verificatie",
    ]

    /// What the rules say about one path.
    public enum Verdict: Sendable, Hashable {
        /// The path may be asked for.
        case allowed
        /// The path does not match `^[a-zA-Z0-9\._]{1,200}$`.
        case invalidSyntax
        /// The path names an automatically delivered field (or a part of `gezag`), which may not be asked for.
        case notAllowed
        /// The path names no field of the answer for this query type.
        case unknown
    }

    /// Judges one path for a query type.
    public static func verdict(for path: String, in type: BRPQueryType) -> Verdict {
        guard (1...200).contains(path.utf8.count), path.utf8.allSatisfy(isFieldCharacter) else { return .invalidSyntax }
        let parts = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if automaticallyDelivered.contains(parts[0]) || parts.contains("inOnderzoek") { return .notAllowed }
        let allowed = type.allowedFields
        if allowed.contains(path) { return .allowed }
        if parts.count > 1, parts[0] == "gezag", allowed.contains("gezag") { return .notAllowed }
        guard parts.count > 1, let last = parts.last else { return .unknown }
        let parent = parts.dropLast().joined(separator: ".")
        guard allowed.contains(parent), let leaf = parts.dropLast().last else { return .unknown }
        if isTableValue(leaf), ["code", "omschrijving"].contains(last) { return .allowed }
        if leaf == "adellijkeTitelPredicaat", last == "soort" { return .allowed }
        if isDate(leaf), ["type", "datum", "jaar", "maand", "onbekend", "langFormaat"].contains(last) { return .allowed }
        return .unknown
    }

    /// Whether a field name holds a table value (`Waardetabel`).
    static func isTableValue(_ name: String) -> Bool {
        [
            "land", "plaats", "geslacht", "gemeenteVanInschrijving", "aanduiding", "aanduidingNaamgebruik",
            "adellijkeTitelPredicaat", "redenOpname", "nationaliteit", "soortVerbintenis", "functieAdres",
            "aanduidingBijHuisnummer", "landVanwaarIngeschreven",
        ].contains(name)
    }

    /// Whether a field name holds a date (`AbstractDatum`).
    static func isDate(_ name: String) -> Bool {
        name.hasPrefix("datum") || name == "einddatum" || name == "einddatumUitsluiting"
    }

    private static func isFieldCharacter(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x2E || byte == 0x5F
    }

    /// The fields of ``PersoonBeperkt`` that the Zoek-operations allow.
    public static let persoonBeperkt: Set<String> = [
        "adressering", "adressering.adresregel1", "adressering.adresregel2", "adressering.adresregel3", "adressering.land",
        "burgerservicenummer", "geboorte", "geboorte.datum", "geslacht", "leeftijd",
        "naam", "naam.adellijkeTitelPredicaat", "naam.geslachtsnaam", "naam.volledigeNaam", "naam.voorletters",
        "naam.voornamen", "naam.voorvoegsel",
        "adresseringBinnenland", "adresseringBinnenland.adresregel1", "adresseringBinnenland.adresregel2",
    ]

    /// The fields of ``GezagPersoonBeperkt`` that `ZoekMetAdresseerbaarObjectIdentificatie` allows.
    public static let gezagPersoonBeperkt: Set<String> = persoonBeperkt.union(["gezag"])

    /// The fields of ``Persoon`` that `RaadpleegMetBurgerservicenummer` allows.
    public static let persoon: Set<String> = {
        var fields: Set<String> = [
            "aNummer", "burgerservicenummer", "datumEersteInschrijvingGBA", "datumInschrijvingInGemeente",
            "gemeenteVanInschrijving", "geslacht", "gezag", "indicatieCurateleRegister", "leeftijd",
            "adressering", "adressering.adresregel1", "adressering.adresregel2", "adressering.adresregel3",
            "adressering.land", "adressering.aanhef", "adressering.aanschrijfwijze", "adressering.aanschrijfwijze.aanspreekvorm",
            "adressering.aanschrijfwijze.naam", "adressering.gebruikInLopendeTekst",
            "europeesKiesrecht", "europeesKiesrecht.aanduiding", "europeesKiesrecht.einddatumUitsluiting",
            "geboorte", "geboorte.datum", "geboorte.land", "geboorte.plaats",
            "immigratie", "immigratie.datumVestigingInNederland", "immigratie.indicatieVestigingVanuitBuitenland",
            "immigratie.landVanwaarIngeschreven", "immigratie.vanuitVerblijfplaatsOnbekend",
            "naam", "naam.adellijkeTitelPredicaat", "naam.geslachtsnaam", "naam.volledigeNaam", "naam.voorletters",
            "naam.voornamen", "naam.voorvoegsel", "naam.aanduidingNaamgebruik",
            "nationaliteiten", "nationaliteiten.redenOpname", "nationaliteiten.datumIngangGeldigheid", "nationaliteiten.nationaliteit",
            "overlijden", "overlijden.datum", "overlijden.land", "overlijden.plaats",
            "uitsluitingKiesrecht", "uitsluitingKiesrecht.einddatum", "uitsluitingKiesrecht.uitgeslotenVanKiesrecht",
            "verblijfstitel", "verblijfstitel.aanduiding", "verblijfstitel.datumEinde", "verblijfstitel.datumIngang",
            "adresseringBinnenland", "adresseringBinnenland.adresregel1", "adresseringBinnenland.adresregel2",
        ]
        let relativeNaam = ["adellijkeTitelPredicaat", "geslachtsnaam", "voorletters", "voornamen", "voorvoegsel"]
        for relative in ["kinderen", "ouders", "partners"] {
            fields.formUnion([relative, "\(relative).burgerservicenummer", "\(relative).naam", "\(relative).geboorte"])
            fields.formUnion(relativeNaam.map { "\(relative).naam.\($0)" })
            fields.formUnion(["datum", "land", "plaats"].map { "\(relative).geboorte.\($0)" })
        }
        fields.formUnion(["ouders.datumIngangFamilierechtelijkeBetrekking", "ouders.geslacht", "ouders.ouderAanduiding"])
        fields.formUnion([
            "partners.aangaanHuwelijkPartnerschap", "partners.aangaanHuwelijkPartnerschap.datum",
            "partners.aangaanHuwelijkPartnerschap.land", "partners.aangaanHuwelijkPartnerschap.plaats",
            "partners.geslacht", "partners.ontbindingHuwelijkPartnerschap", "partners.ontbindingHuwelijkPartnerschap.datum",
            "partners.soortVerbintenis",
        ])
        let adres = [
            "aanduidingBijHuisnummer", "huisletter", "huisnummer", "huisnummertoevoeging", "korteStraatnaam",
            "officieleStraatnaam", "postcode", "woonplaats", "locatiebeschrijving",
        ]
        fields.formUnion([
            "verblijfplaats", "verblijfplaats.datumVan", "verblijfplaats.verblijfadres", "verblijfplaats.verblijfadres.land",
            "verblijfplaats.verblijfadres.regel1", "verblijfplaats.verblijfadres.regel2", "verblijfplaats.verblijfadres.regel3",
            "verblijfplaats.adresseerbaarObjectIdentificatie", "verblijfplaats.functieAdres",
            "verblijfplaats.nummeraanduidingIdentificatie",
        ])
        fields.formUnion(adres.map { "verblijfplaats.verblijfadres.\($0)" })
        fields.formUnion([
            "verblijfplaatsBinnenland", "verblijfplaatsBinnenland.datumIngangGeldigheid", "verblijfplaatsBinnenland.datumVan",
            "verblijfplaatsBinnenland.verblijfadres", "verblijfplaatsBinnenland.adresseerbaarObjectIdentificatie",
            "verblijfplaatsBinnenland.functieAdres", "verblijfplaatsBinnenland.nummeraanduidingIdentificatie",
        ])
        fields.formUnion(adres.map { "verblijfplaatsBinnenland.verblijfadres.\($0)" })
        return fields
    }()
}
