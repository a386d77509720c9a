/// Where a person lives (`AbstractVerblijfplaats`), polymorphic on `type`.
///
/// A `type` this client does not know decodes as ``unknown(type:)``.
///
/// ```swift
/// if case .adres(let adres)? = persoon.verblijfplaats {
///     print(adres.verblijfadres?.officieleStraatnaam ?? "", adres.verblijfadres?.huisnummer ?? 0)
/// }
/// ```
public enum Verblijfplaats: Codable, Sendable, Hashable {
    /// `Adres`: an address in the Netherlands.
    case adres(Adres)
    /// `Locatie`: a place in the Netherlands without an address (a houseboat, a caravan site).
    case locatie(Locatie)
    /// `VerblijfplaatsBuitenland`: an address abroad.
    case verblijfplaatsBuitenland(VerblijfplaatsBuitenland)
    /// `VerblijfplaatsOnbekend`: the residence is unknown.
    case verblijfplaatsOnbekend(VerblijfplaatsOnbekend)
    /// A `type` this version of the client does not know.
    case unknown(type: String)

    /// The official `type` value.
    public var type: String {
        switch self {
        case .adres: "Adres"
        case .locatie: "Locatie"
        case .verblijfplaatsBuitenland: "VerblijfplaatsBuitenland"
        case .verblijfplaatsOnbekend: "VerblijfplaatsOnbekend"
        case .unknown(let type): type
        }
    }

    /// Decodes the variant named by `type`.
    public init(from decoder: any Decoder) throws {
        let type = try PolymorphicType.read(decoder)
        switch type {
        case "Adres": self = .adres(try Adres(from: decoder))
        case "Locatie": self = .locatie(try Locatie(from: decoder))
        case "VerblijfplaatsBuitenland": self = .verblijfplaatsBuitenland(try VerblijfplaatsBuitenland(from: decoder))
        case "VerblijfplaatsOnbekend": self = .verblijfplaatsOnbekend(try VerblijfplaatsOnbekend(from: decoder))
        default: self = .unknown(type: type)
        }
    }

    /// Encodes the variant with its official `type`.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .adres(let value): try PolymorphicType.write(type, value, to: encoder)
        case .locatie(let value): try PolymorphicType.write(type, value, to: encoder)
        case .verblijfplaatsBuitenland(let value): try PolymorphicType.write(type, value, to: encoder)
        case .verblijfplaatsOnbekend(let value): try PolymorphicType.write(type, value, to: encoder)
        case .unknown: try PolymorphicType.write(type, nil, to: encoder)
        }
    }
}
