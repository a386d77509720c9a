/// A parent of the person (`Ouder`).
public struct Ouder: Codable, Sendable, Hashable {
    /// The parent's BSN.
    public var burgerservicenummer: String?
    /// The parent's sex.
    public var geslacht: Waardetabel?
    /// Whether this is parent 1 or parent 2 on the record.
    public var ouderAanduiding: OuderAanduiding?
    /// The date the family-law relationship began.
    public var datumIngangFamilierechtelijkeBetrekking: AbstractDatum?
    /// The parent's name.
    public var naam: Naam?
    /// The parent's birth.
    public var geboorte: Geboorte?
    /// Which parent data are under investigation.
    public var inOnderzoek: InOnderzoek?

    /// Creates a parent.
    public init(
        burgerservicenummer: String? = nil, geslacht: Waardetabel? = nil, ouderAanduiding: OuderAanduiding? = nil,
        datumIngangFamilierechtelijkeBetrekking: AbstractDatum? = nil, naam: Naam? = nil, geboorte: Geboorte? = nil,
        inOnderzoek: InOnderzoek? = nil
    ) {
        self.burgerservicenummer = burgerservicenummer
        self.geslacht = geslacht
        self.ouderAanduiding = ouderAanduiding
        self.datumIngangFamilierechtelijkeBetrekking = datumIngangFamilierechtelijkeBetrekking
        self.naam = naam
        self.geboorte = geboorte
        self.inOnderzoek = inOnderzoek
    }
}

/// Which parent on the record (`OuderAanduiding`): `"1"` or `"2"`; other values decode as ``unknown(_:)``.
public enum OuderAanduiding: Codable, Sendable, Hashable {
    /// `"1"`: parent 1.
    case ouder1
    /// `"2"`: parent 2.
    case ouder2
    /// A value this client does not know.
    case unknown(String)

    /// The official value.
    public var rawValue: String {
        switch self {
        case .ouder1: "1"
        case .ouder2: "2"
        case .unknown(let value): value
        }
    }

    /// Decodes the value; an unknown value becomes ``unknown(_:)``.
    public init(from decoder: any Decoder) throws {
        let value = try decoder.singleValueContainer().decode(String.self)
        switch value {
        case "1": self = .ouder1
        case "2": self = .ouder2
        default: self = .unknown(value)
        }
    }

    /// Encodes the official value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
