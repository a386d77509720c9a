/// Who has authority (gezag) over a minor (`Gezagsrelatie`), polymorphic on `type`.
///
/// A `type` this client does not know (for example a newer `TweehoofdigOuderlijkGezag`) decodes as
/// ``unknown(type:minderjarige:)`` instead of failing the response.
///
/// ```swift
/// for relatie in persoon.gezag ?? [] {
///     if case .voogdij(let voogdij) = relatie { print(voogdij.derden?.count ?? 0, "voogd(en)") }
/// }
/// ```
public enum Gezagsrelatie: Codable, Sendable, Hashable {
    /// `GezamenlijkOuderlijkGezag`: both parents together.
    case gezamenlijkOuderlijkGezag(GezamenlijkOuderlijkGezag)
    /// `EenhoofdigOuderlijkGezag`: one parent alone.
    case eenhoofdigOuderlijkGezag(EenhoofdigOuderlijkGezag)
    /// `GezamenlijkGezag`: one parent together with a third person.
    case gezamenlijkGezag(GezamenlijkGezag)
    /// `Voogdij`: guardianship by one or two third persons (or an institution).
    case voogdij(Voogdij)
    /// `TijdelijkGeenGezag`: temporarily nobody has authority.
    case tijdelijkGeenGezag(GezagToelichting)
    /// `GezagNietTeBepalen`: authority cannot be determined from the BRP.
    case gezagNietTeBepalen(GezagToelichting)
    /// A `type` this version of the client does not know, with the minor if it decoded.
    case unknown(type: String, minderjarige: Minderjarige?)

    /// The official `type` value.
    public var type: String {
        switch self {
        case .gezamenlijkOuderlijkGezag: "GezamenlijkOuderlijkGezag"
        case .eenhoofdigOuderlijkGezag: "EenhoofdigOuderlijkGezag"
        case .gezamenlijkGezag: "GezamenlijkGezag"
        case .voogdij: "Voogdij"
        case .tijdelijkGeenGezag: "TijdelijkGeenGezag"
        case .gezagNietTeBepalen: "GezagNietTeBepalen"
        case .unknown(let type, _): type
        }
    }

    /// The minor this relation is about.
    public var minderjarige: Minderjarige? {
        switch self {
        case .gezamenlijkOuderlijkGezag(let value): value.minderjarige
        case .eenhoofdigOuderlijkGezag(let value): value.minderjarige
        case .gezamenlijkGezag(let value): value.minderjarige
        case .voogdij(let value): value.minderjarige
        case .tijdelijkGeenGezag(let value), .gezagNietTeBepalen(let value): value.minderjarige
        case .unknown(_, let minderjarige): minderjarige
        }
    }

    private enum UnknownKeys: String, CodingKey { case minderjarige }

    /// Decodes the variant named by `type`.
    public init(from decoder: any Decoder) throws {
        let type = try PolymorphicType.read(decoder)
        switch type {
        case "GezamenlijkOuderlijkGezag": self = .gezamenlijkOuderlijkGezag(try GezamenlijkOuderlijkGezag(from: decoder))
        case "EenhoofdigOuderlijkGezag": self = .eenhoofdigOuderlijkGezag(try EenhoofdigOuderlijkGezag(from: decoder))
        case "GezamenlijkGezag": self = .gezamenlijkGezag(try GezamenlijkGezag(from: decoder))
        case "Voogdij": self = .voogdij(try Voogdij(from: decoder))
        case "TijdelijkGeenGezag": self = .tijdelijkGeenGezag(try GezagToelichting(from: decoder))
        case "GezagNietTeBepalen": self = .gezagNietTeBepalen(try GezagToelichting(from: decoder))
        default:
            let container = try decoder.container(keyedBy: UnknownKeys.self)
            self = .unknown(type: type, minderjarige: try? container.decodeIfPresent(Minderjarige.self, forKey: .minderjarige))
        }
    }

    /// Encodes the variant with its official `type`.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .gezamenlijkOuderlijkGezag(let value): try PolymorphicType.write(type, value, to: encoder)
        case .eenhoofdigOuderlijkGezag(let value): try PolymorphicType.write(type, value, to: encoder)
        case .gezamenlijkGezag(let value): try PolymorphicType.write(type, value, to: encoder)
        case .voogdij(let value): try PolymorphicType.write(type, value, to: encoder)
        case .tijdelijkGeenGezag(let value), .gezagNietTeBepalen(let value): try PolymorphicType.write(type, value, to: encoder)
        case .unknown(_, let minderjarige):
            try PolymorphicType.write(type, nil, to: encoder)
            var container = encoder.container(keyedBy: UnknownKeys.self)
            try container.encodeIfPresent(minderjarige, forKey: .minderjarige)
        }
    }
}

/// Both parents have authority together (`GezamenlijkOuderlijkGezag`).
public struct GezamenlijkOuderlijkGezag: Codable, Sendable, Hashable {
    /// The minor.
    public var minderjarige: Minderjarige
    /// The two parents.
    public var ouders: [GezagOuder]?
    /// Whether this relation is under investigation.
    public var inOnderzoek: Bool?

    /// Creates the relation.
    public init(minderjarige: Minderjarige, ouders: [GezagOuder]? = nil, inOnderzoek: Bool? = nil) {
        self.minderjarige = minderjarige
        self.ouders = ouders
        self.inOnderzoek = inOnderzoek
    }
}

/// One parent has authority alone (`EenhoofdigOuderlijkGezag`).
public struct EenhoofdigOuderlijkGezag: Codable, Sendable, Hashable {
    /// The minor.
    public var minderjarige: Minderjarige
    /// The parent with authority.
    public var ouder: GezagOuder?
    /// Whether this relation is under investigation.
    public var inOnderzoek: Bool?

    /// Creates the relation.
    public init(minderjarige: Minderjarige, ouder: GezagOuder? = nil, inOnderzoek: Bool? = nil) {
        self.minderjarige = minderjarige
        self.ouder = ouder
        self.inOnderzoek = inOnderzoek
    }
}

/// A parent and a third person have authority together (`GezamenlijkGezag`).
public struct GezamenlijkGezag: Codable, Sendable, Hashable {
    /// The minor.
    public var minderjarige: Minderjarige
    /// The parent.
    public var ouder: GezagOuder?
    /// The third person.
    public var derde: Derde?
    /// Whether this relation is under investigation.
    public var inOnderzoek: Bool?

    /// Creates the relation.
    public init(minderjarige: Minderjarige, ouder: GezagOuder? = nil, derde: Derde? = nil, inOnderzoek: Bool? = nil) {
        self.minderjarige = minderjarige
        self.ouder = ouder
        self.derde = derde
        self.inOnderzoek = inOnderzoek
    }
}

/// Guardianship (`Voogdij`): zero to two known guardians (none listed means an institution).
public struct Voogdij: Codable, Sendable, Hashable {
    /// The minor.
    public var minderjarige: Minderjarige
    /// The guardians known in the BRP (each a ``Derde/bekendeDerde(_:)``).
    public var derden: [Derde]?
    /// Whether this relation is under investigation.
    public var inOnderzoek: Bool?

    /// Creates the relation.
    public init(minderjarige: Minderjarige, derden: [Derde]? = nil, inOnderzoek: Bool? = nil) {
        self.minderjarige = minderjarige
        self.derden = derden
        self.inOnderzoek = inOnderzoek
    }
}

/// A relation explained in words (`TijdelijkGeenGezag`, `GezagNietTeBepalen`).
public struct GezagToelichting: Codable, Sendable, Hashable {
    /// The minor.
    public var minderjarige: Minderjarige
    /// Why there is no (determinable) authority.
    public var toelichting: String?
    /// Whether this relation is under investigation.
    public var inOnderzoek: Bool?

    /// Creates the relation.
    public init(minderjarige: Minderjarige, toelichting: String? = nil, inOnderzoek: Bool? = nil) {
        self.minderjarige = minderjarige
        self.toelichting = toelichting
        self.inOnderzoek = inOnderzoek
    }
}

/// The minor of a gezag relation (`Minderjarige`).
public struct Minderjarige: Codable, Sendable, Hashable {
    /// The minor's BSN.
    public var burgerservicenummer: String
    /// The minor's full name.
    public var naam: NaamVolledigeNaam?
    /// The minor's age in years.
    public var leeftijd: Int?

    /// Creates a minor.
    public init(burgerservicenummer: String, naam: NaamVolledigeNaam? = nil, leeftijd: Int? = nil) {
        self.burgerservicenummer = burgerservicenummer
        self.naam = naam
        self.leeftijd = leeftijd
    }
}

/// A parent in a gezag relation (`GezagOuder`).
public struct GezagOuder: Codable, Sendable, Hashable {
    /// The parent's BSN.
    public var burgerservicenummer: String?
    /// The parent's full name.
    public var naam: NaamVolledigeNaam

    /// Creates a parent.
    public init(burgerservicenummer: String? = nil, naam: NaamVolledigeNaam) {
        self.burgerservicenummer = burgerservicenummer
        self.naam = naam
    }
}

/// Only the full name (`NaamVolledigeNaam`).
public struct NaamVolledigeNaam: Codable, Sendable, Hashable {
    /// The full name.
    public var volledigeNaam: String?

    /// Creates the name.
    public init(volledigeNaam: String? = nil) { self.volledigeNaam = volledigeNaam }
}

/// A third person with authority (`Derde`), polymorphic on `type`.
public enum Derde: Codable, Sendable, Hashable {
    /// `BekendeDerde`: a person known in the BRP.
    case bekendeDerde(BekendeDerde)
    /// `OnbekendeDerde`: a person not known in the BRP.
    case onbekendeDerde
    /// A `type` this version of the client does not know.
    case unknown(type: String)

    /// The official `type` value.
    public var type: String {
        switch self {
        case .bekendeDerde: "BekendeDerde"
        case .onbekendeDerde: "OnbekendeDerde"
        case .unknown(let type): type
        }
    }

    /// Decodes the variant named by `type`.
    public init(from decoder: any Decoder) throws {
        let type = try PolymorphicType.read(decoder)
        switch type {
        case "BekendeDerde": self = .bekendeDerde(try BekendeDerde(from: decoder))
        case "OnbekendeDerde": self = .onbekendeDerde
        default: self = .unknown(type: type)
        }
    }

    /// Encodes the variant with its official `type`.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .bekendeDerde(let value): try PolymorphicType.write(type, value, to: encoder)
        case .onbekendeDerde, .unknown: try PolymorphicType.write(type, nil, to: encoder)
        }
    }
}

/// A third person known in the BRP (`BekendeDerde`).
public struct BekendeDerde: Codable, Sendable, Hashable {
    /// The person's BSN.
    public var burgerservicenummer: String?
    /// The person's full name.
    public var naam: NaamVolledigeNaam?

    /// Creates a known third person.
    public init(burgerservicenummer: String? = nil, naam: NaamVolledigeNaam? = nil) {
        self.burgerservicenummer = burgerservicenummer
        self.naam = naam
    }
}
