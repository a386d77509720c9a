/// The name of a person or a relative (`NaamPersoon`, `NaamPersoonBeperkt`, `NaamGerelateerde`).
///
/// One type serves all three schemas; fields a schema does not have stay `nil`.
public struct Naam: Codable, Sendable, Hashable {
    /// The given names, separated by spaces, e.g. `Suzanne` or `Jan Peter`.
    public var voornamen: String?
    /// A title of nobility or predicate (`adellijkeTitelPredicaat`), e.g. jonkheer.
    public var adellijkeTitelPredicaat: AdellijkeTitelPredicaat?
    /// The prefix of the surname, e.g. `van der`.
    public var voorvoegsel: String?
    /// The surname without prefix.
    public var geslachtsnaam: String?
    /// The initials derived from the given names, e.g. `J.P.`.
    public var voorletters: String?
    /// The full name: predicate, given names, title, prefix and surname (persons only).
    public var volledigeNaam: String?
    /// How the person wants to be named with a partner's name (`aanduidingNaamgebruik`: E, P, V, N).
    public var aanduidingNaamgebruik: Waardetabel?
    /// Which name fields are under investigation.
    public var inOnderzoek: InOnderzoek?

    /// Creates a name.
    public init(
        voornamen: String? = nil, adellijkeTitelPredicaat: AdellijkeTitelPredicaat? = nil, voorvoegsel: String? = nil,
        geslachtsnaam: String? = nil, voorletters: String? = nil, volledigeNaam: String? = nil,
        aanduidingNaamgebruik: Waardetabel? = nil, inOnderzoek: InOnderzoek? = nil
    ) {
        self.voornamen = voornamen
        self.adellijkeTitelPredicaat = adellijkeTitelPredicaat
        self.voorvoegsel = voorvoegsel
        self.geslachtsnaam = geslachtsnaam
        self.voorletters = voorletters
        self.volledigeNaam = volledigeNaam
        self.aanduidingNaamgebruik = aanduidingNaamgebruik
        self.inOnderzoek = inOnderzoek
    }

    /// The name for display: ``volledigeNaam`` when given, otherwise composed from the parts.
    public var displayName: String {
        if let volledigeNaam { return volledigeNaam }
        return [voornamen, voorvoegsel, geslachtsnaam].compactMap { $0 }.joined(separator: " ")
    }
}

/// A title of nobility or predicate (`AdellijkeTitelPredicaatType`): a table value with its ``soort``.
public struct AdellijkeTitelPredicaat: Codable, Sendable, Hashable {
    /// The table code, e.g. `JH` (jonkheer) or `B` (baron).
    public var code: String?
    /// The description, e.g. `jonkheer`.
    public var omschrijving: String?
    /// Whether it is a title or a predicate.
    public var soort: AdellijkeTitelPredicaatSoort?

    /// Creates a title or predicate.
    public init(code: String? = nil, omschrijving: String? = nil, soort: AdellijkeTitelPredicaatSoort? = nil) {
        self.code = code
        self.omschrijving = omschrijving
        self.soort = soort
    }
}

/// Whether an ``AdellijkeTitelPredicaat`` is a `titel` or a `predicaat`; other values decode as ``unknown(_:)``.
public enum AdellijkeTitelPredicaatSoort: Codable, Sendable, Hashable {
    /// `titel`: a title of nobility (baron, graaf, …).
    case titel
    /// `predicaat`: a predicate (jonkheer, jonkvrouw).
    case predicaat
    /// A value this client does not know.
    case unknown(String)

    /// The official value.
    public var rawValue: String {
        switch self {
        case .titel: "titel"
        case .predicaat: "predicaat"
        case .unknown(let value): value
        }
    }

    /// Decodes the value; an unknown value becomes ``unknown(_:)``.
    public init(from decoder: any Decoder) throws {
        let value = try decoder.singleValueContainer().decode(String.self)
        switch value {
        case "titel": self = .titel
        case "predicaat": self = .predicaat
        default: self = .unknown(value)
        }
    }

    /// Encodes the official value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
