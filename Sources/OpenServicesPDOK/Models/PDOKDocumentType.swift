/// The `type` of a Locatieserver document, with an ``unknown(_:)`` fallback for types this SDK
/// does not know yet.
///
/// ```swift
/// switch document.type {
/// case .adres: print(document.weergavenaam ?? "")
/// case .unknown(let type): print("new type", type)
/// default: break
/// }
/// ```
public enum PDOKDocumentType: Hashable, Sendable, Codable, CustomStringConvertible {
    /// `provincie`.
    case provincie
    /// `gemeente`.
    case gemeente
    /// `woonplaats`.
    case woonplaats
    /// `weg`.
    case weg
    /// `postcode`.
    case postcode
    /// `adres`.
    case adres
    /// `perceel` (cadastral parcel).
    case perceel
    /// `hectometerpaal`.
    case hectometerpaal
    /// `appartementsrecht`.
    case appartementsrecht
    /// `buurt`.
    case buurt
    /// `wijk`.
    case wijk
    /// `waterschap`.
    case waterschap
    /// A type this SDK does not know.
    case unknown(String)

    /// The known types.
    public static let known: [PDOKDocumentType] = [
        .provincie, .gemeente, .woonplaats, .weg, .postcode, .adres, .perceel, .hectometerpaal, .appartementsrecht, .buurt,
        .wijk, .waterschap,
    ]

    /// The type from its name; unknown names give ``unknown(_:)``.
    public init(rawValue: String) {
        self = Self.known.first { $0.rawValue == rawValue } ?? .unknown(rawValue)
    }

    /// The name as the Locatieserver sends it.
    public var rawValue: String {
        switch self {
        case .provincie: "provincie"
        case .gemeente: "gemeente"
        case .woonplaats: "woonplaats"
        case .weg: "weg"
        case .postcode: "postcode"
        case .adres: "adres"
        case .perceel: "perceel"
        case .hectometerpaal: "hectometerpaal"
        case .appartementsrecht: "appartementsrecht"
        case .buurt: "buurt"
        case .wijk: "wijk"
        case .waterschap: "waterschap"
        case .unknown(let name): name
        }
    }

    /// The name.
    public var description: String { rawValue }

    /// Decodes the name.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the name.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
