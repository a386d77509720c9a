/// One nationality of a person (`AbstractNationaliteit`), polymorphic on `type`.
///
/// A `type` this client does not know decodes as ``unknown(type:)``.
///
/// ```swift
/// for nationaliteit in persoon.nationaliteiten ?? [] {
///     if case .nationaliteit(let bekend) = nationaliteit { print(bekend.nationaliteit?.omschrijving ?? "") }
/// }
/// ```
public enum Nationaliteit: Codable, Sendable, Hashable {
    /// `Nationaliteit`: a known nationality (table `Nationaliteiten`).
    case nationaliteit(NationaliteitBekend)
    /// `BehandeldAlsNederlander`: treated as a Dutch national without being one.
    case behandeldAlsNederlander(BijzondereNationaliteit)
    /// `VastgesteldNietNederlander`: established by a court not to be a Dutch national.
    case vastgesteldNietNederlander(BijzondereNationaliteit)
    /// `Staatloos`: stateless.
    case staatloos(BijzondereNationaliteit)
    /// `NationaliteitOnbekend`: the nationality is unknown.
    case nationaliteitOnbekend(BijzondereNationaliteit)
    /// A `type` this version of the client does not know.
    case unknown(type: String)

    /// The official `type` value.
    public var type: String {
        switch self {
        case .nationaliteit: "Nationaliteit"
        case .behandeldAlsNederlander: "BehandeldAlsNederlander"
        case .vastgesteldNietNederlander: "VastgesteldNietNederlander"
        case .staatloos: "Staatloos"
        case .nationaliteitOnbekend: "NationaliteitOnbekend"
        case .unknown(let type): type
        }
    }

    /// A short Dutch description: the nationality's name, or the kind (`staatloos`, …).
    public var omschrijving: String {
        switch self {
        case .nationaliteit(let value): value.nationaliteit?.omschrijving ?? "onbekend"
        case .behandeldAlsNederlander: "behandeld als Nederlander"
        case .vastgesteldNietNederlander: "vastgesteld niet-Nederlander"
        case .staatloos: "staatloos"
        case .nationaliteitOnbekend: "onbekend"
        case .unknown(let type): type
        }
    }

    /// Decodes the variant named by `type`.
    public init(from decoder: any Decoder) throws {
        let type = try PolymorphicType.read(decoder)
        switch type {
        case "Nationaliteit": self = .nationaliteit(try NationaliteitBekend(from: decoder))
        case "BehandeldAlsNederlander": self = .behandeldAlsNederlander(try BijzondereNationaliteit(from: decoder))
        case "VastgesteldNietNederlander": self = .vastgesteldNietNederlander(try BijzondereNationaliteit(from: decoder))
        case "Staatloos": self = .staatloos(try BijzondereNationaliteit(from: decoder))
        case "NationaliteitOnbekend": self = .nationaliteitOnbekend(try BijzondereNationaliteit(from: decoder))
        default: self = .unknown(type: type)
        }
    }

    /// Encodes the variant with its official `type`.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .nationaliteit(let value): try PolymorphicType.write(type, value, to: encoder)
        case .behandeldAlsNederlander(let value), .vastgesteldNietNederlander(let value), .staatloos(let value),
             .nationaliteitOnbekend(let value):
            try PolymorphicType.write(type, value, to: encoder)
        case .unknown: try PolymorphicType.write(type, nil, to: encoder)
        }
    }
}

/// A known nationality (`NationaliteitBekend`).
public struct NationaliteitBekend: Codable, Sendable, Hashable {
    /// The nationality (table `Nationaliteiten`), e.g. `0001` Nederlandse.
    public var nationaliteit: Waardetabel?
    /// The reason the nationality was recorded (table `Reden opnemen/beëindigen nationaliteit`).
    public var redenOpname: Waardetabel?
    /// The date the nationality became valid.
    public var datumIngangGeldigheid: AbstractDatum?
    /// Which data are under investigation.
    public var inOnderzoek: InOnderzoek?

    /// Creates a known nationality.
    public init(nationaliteit: Waardetabel? = nil, redenOpname: Waardetabel? = nil, datumIngangGeldigheid: AbstractDatum? = nil, inOnderzoek: InOnderzoek? = nil) {
        self.nationaliteit = nationaliteit
        self.redenOpname = redenOpname
        self.datumIngangGeldigheid = datumIngangGeldigheid
        self.inOnderzoek = inOnderzoek
    }
}

/// The data of the special nationality kinds (`BehandeldAlsNederlander`, `VastgesteldNietNederlander`,
/// `Staatloos`, `NationaliteitOnbekend`), which share one shape.
public struct BijzondereNationaliteit: Codable, Sendable, Hashable {
    /// The reason it was recorded.
    public var redenOpname: Waardetabel?
    /// The date it became valid.
    public var datumIngangGeldigheid: AbstractDatum?
    /// Which data are under investigation.
    public var inOnderzoek: InOnderzoek?

    /// Creates the data.
    public init(redenOpname: Waardetabel? = nil, datumIngangGeldigheid: AbstractDatum? = nil, inOnderzoek: InOnderzoek? = nil) {
        self.redenOpname = redenOpname
        self.datumIngangGeldigheid = datumIngangGeldigheid
        self.inOnderzoek = inOnderzoek
    }
}
