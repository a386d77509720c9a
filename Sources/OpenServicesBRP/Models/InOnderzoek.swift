/// Which data of a group are under investigation (`inOnderzoek`), as the BRP reports it.
///
/// Every group of the BRP (naam, geboorte, verblijfplaats, partners, …) has its own `inOnderzoek`
/// object: booleans named after the group's fields (`"geslachtsnaam": true`) and one or more dates
/// from which the investigation runs (`datumIngangOnderzoek`, and on the person
/// `datumIngangOnderzoekPersoon`, `…Gemeente`, `…Gezag`). This one type holds them all, keyed by
/// their official names, so new fields of a later API version are kept rather than dropped.
///
/// ```swift
/// if persoon.naam?.inOnderzoek?.isInOnderzoek("geslachtsnaam") == true {
///     print("De geslachtsnaam wordt onderzocht sinds", persoon.naam?.inOnderzoek?.datumIngangOnderzoek?.langFormaat ?? "?")
/// }
/// ```
public struct InOnderzoek: Codable, Sendable, Hashable {
    /// The fields under investigation, by official field name (`voornamen`, `datum`, `type`, …).
    public var velden: [String: Bool]
    /// The start dates of the investigation, by official name (`datumIngangOnderzoek`, `datumIngangOnderzoekPersoon`, …).
    public var datums: [String: AbstractDatum]

    /// Creates an investigation marker.
    public init(velden: [String: Bool] = [:], datums: [String: AbstractDatum] = [:]) {
        self.velden = velden
        self.datums = datums
    }

    /// Marks `fields` as under investigation since `since` (stored as `datumIngangOnderzoek`).
    public init(_ fields: [String], since: AbstractDatum, dateName: String = "datumIngangOnderzoek") {
        self.velden = Dictionary(uniqueKeysWithValues: fields.map { ($0, true) })
        self.datums = [dateName: since]
    }

    /// `datumIngangOnderzoek`: the date the investigation of this group started.
    public var datumIngangOnderzoek: AbstractDatum? { datums["datumIngangOnderzoek"] }

    /// Whether the field with this official name is under investigation.
    public func isInOnderzoek(_ field: String) -> Bool { velden[field] ?? false }

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Decodes booleans into ``velden`` and date objects into ``datums``; other values are ignored.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        var velden: [String: Bool] = [:]
        var datums: [String: AbstractDatum] = [:]
        for key in container.allKeys {
            if let flag = try? container.decode(Bool.self, forKey: key) {
                velden[key.stringValue] = flag
            } else if let datum = try? container.decode(AbstractDatum.self, forKey: key) {
                datums[key.stringValue] = datum
            }
        }
        self.velden = velden
        self.datums = datums
    }

    /// Encodes the booleans and dates under their official names.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        for (name, flag) in velden { try container.encode(flag, forKey: Key(stringValue: name)) }
        for (name, datum) in datums { try container.encode(datum, forKey: Key(stringValue: name)) }
    }
}
