public import Foundation

/// A BRP date (`AbstractDatum`): complete, year and month only, year only, or wholly unknown.
///
/// The BRP records partly unknown dates (`00` for an unknown day or month), so a date is
/// polymorphic on its `type`. A `type` this client does not know decodes as ``unknown(type:langFormaat:)``
/// instead of failing the whole response.
///
/// ```swift
/// switch persoon.geboorte?.datum {
/// case .datum(let datum)?: print(datum.datum ?? "")    // "1985-12-01"
/// case .jaarMaandDatum(let datum)?: print(datum.langFormaat ?? "")   // "juni 1975"
/// default: print(persoon.geboorte?.datum?.langFormaat ?? "onbekend")
/// }
/// ```
public enum AbstractDatum: Codable, Sendable, Hashable {
    /// `Datum`: a complete date.
    case datum(VolledigeDatum)
    /// `DatumOnbekend`: the date is wholly unknown.
    case datumOnbekend(DatumOnbekend)
    /// `JaarDatum`: only the year is known.
    case jaarDatum(JaarDatum)
    /// `JaarMaandDatum`: the year and month are known, the day is not.
    case jaarMaandDatum(JaarMaandDatum)
    /// A date `type` this version of the client does not know, with its `langFormaat` if present.
    case unknown(type: String, langFormaat: String?)

    /// The official `type` value of this date.
    public var type: String {
        switch self {
        case .datum: "Datum"
        case .datumOnbekend: "DatumOnbekend"
        case .jaarDatum: "JaarDatum"
        case .jaarMaandDatum: "JaarMaandDatum"
        case .unknown(let type, _): type
        }
    }

    /// The date written out in Dutch, as the service gives it (`1 december 1985`, `juni 1975`, `onbekend`).
    public var langFormaat: String? {
        switch self {
        case .datum(let value): value.langFormaat
        case .datumOnbekend(let value): value.langFormaat
        case .jaarDatum(let value): value.langFormaat
        case .jaarMaandDatum(let value): value.langFormaat
        case .unknown(_, let langFormaat): langFormaat
        }
    }

    /// A complete date from `yyyy-MM-dd` text, with its Dutch long format.
    public static func volledig(_ iso: String) -> AbstractDatum {
        .datum(VolledigeDatum(datum: iso, langFormaat: DutchDate.long(iso)))
    }

    /// A date of which only the year is known.
    public static func jaar(_ jaar: Int) -> AbstractDatum {
        .jaarDatum(JaarDatum(jaar: jaar, langFormaat: String(jaar)))
    }

    /// A date of which only the year and month are known.
    public static func jaarMaand(_ jaar: Int, _ maand: Int) -> AbstractDatum {
        .jaarMaandDatum(JaarMaandDatum(jaar: jaar, maand: maand, langFormaat: "\(DutchDate.month(maand)) \(jaar)"))
    }

    /// A wholly unknown date.
    public static let onbekend = AbstractDatum.datumOnbekend(DatumOnbekend(onbekend: true, langFormaat: "onbekend"))

    private enum CodingKeys: String, CodingKey { case type, langFormaat }

    /// Decodes the variant named by `type`; an unknown `type` becomes ``unknown(type:langFormaat:)``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let type = try container.decode(String.self, forKey: .type)
        switch type {
        case "Datum": self = .datum(try VolledigeDatum(from: decoder))
        case "DatumOnbekend": self = .datumOnbekend(try DatumOnbekend(from: decoder))
        case "JaarDatum": self = .jaarDatum(try JaarDatum(from: decoder))
        case "JaarMaandDatum": self = .jaarMaandDatum(try JaarMaandDatum(from: decoder))
        default: self = .unknown(type: type, langFormaat: try container.decodeIfPresent(String.self, forKey: .langFormaat))
        }
    }

    /// Encodes the variant with its official `type`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        switch self {
        case .datum(let value): try value.encode(to: encoder)
        case .datumOnbekend(let value): try value.encode(to: encoder)
        case .jaarDatum(let value): try value.encode(to: encoder)
        case .jaarMaandDatum(let value): try value.encode(to: encoder)
        case .unknown(_, let langFormaat): try container.encodeIfPresent(langFormaat, forKey: .langFormaat)
        }
    }
}

/// A complete date (`Datum`, schema `VolledigeDatum`).
public struct VolledigeDatum: Codable, Sendable, Hashable {
    /// The date as ISO 8601 `yyyy-MM-dd` (absent only when `fields` asked for other parts of the date).
    public var datum: String?
    /// The date in Dutch, e.g. `1 december 1985`.
    public var langFormaat: String?

    /// Creates a complete date.
    public init(datum: String?, langFormaat: String? = nil) {
        self.datum = datum
        self.langFormaat = langFormaat
    }

    /// The date components (year, month, day) of ``datum``, if it is well-formed.
    public var components: DateComponents? {
        guard let parts = datum?.split(separator: "-").compactMap({ Int($0) }), parts.count == 3 else { return nil }
        return DateComponents(year: parts[0], month: parts[1], day: parts[2])
    }
}

/// A wholly unknown date (`DatumOnbekend`).
public struct DatumOnbekend: Codable, Sendable, Hashable {
    /// Always `true`.
    public var onbekend: Bool?
    /// `onbekend`.
    public var langFormaat: String?

    /// Creates an unknown date.
    public init(onbekend: Bool? = true, langFormaat: String? = "onbekend") {
        self.onbekend = onbekend
        self.langFormaat = langFormaat
    }
}

/// A date of which only the year is known (`JaarDatum`).
public struct JaarDatum: Codable, Sendable, Hashable {
    /// The year.
    public var jaar: Int?
    /// The year as text, e.g. `1979`.
    public var langFormaat: String?

    /// Creates a year-only date.
    public init(jaar: Int?, langFormaat: String? = nil) {
        self.jaar = jaar
        self.langFormaat = langFormaat
    }
}

/// A date of which the day is unknown (`JaarMaandDatum`).
public struct JaarMaandDatum: Codable, Sendable, Hashable {
    /// The year.
    public var jaar: Int?
    /// The month, 1–12.
    public var maand: Int?
    /// The month and year in Dutch, e.g. `juni 1975`.
    public var langFormaat: String?

    /// Creates a year-and-month date.
    public init(jaar: Int?, maand: Int?, langFormaat: String? = nil) {
        self.jaar = jaar
        self.maand = maand
        self.langFormaat = langFormaat
    }
}

/// Dutch month names for the `langFormaat` of dates.
enum DutchDate {
    static let months = [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
        "november", "december",
    ]

    static func month(_ month: Int) -> String {
        (1...12).contains(month) ? months[month - 1] : String(month)
    }

    /// `1985-12-01` → `1 december 1985`.
    static func long(_ iso: String) -> String {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return iso }
        return "\(parts[2]) \(month(parts[1])) \(parts[0])"
    }
}
