/// Which related objects BAG should embed in an address (`expand`).
///
/// ```swift
/// let adres = try await bag.address(nummeraanduiding: "0599200000001012", expand: [.adresseerbaarObject, .panden])
/// ```
public struct BAGExpand: OptionSet, Hashable, Sendable {
    /// The bits.
    public let rawValue: Int

    /// Creates a set from its bits.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// `openbareRuimte`.
    public static let openbareRuimte = BAGExpand(rawValue: 1 << 0)
    /// `nummeraanduiding`.
    public static let nummeraanduiding = BAGExpand(rawValue: 1 << 1)
    /// `woonplaats`.
    public static let woonplaats = BAGExpand(rawValue: 1 << 2)
    /// `adresseerbaarObject`.
    public static let adresseerbaarObject = BAGExpand(rawValue: 1 << 3)
    /// `panden`.
    public static let panden = BAGExpand(rawValue: 1 << 4)
    /// Every related object.
    public static let all: BAGExpand = [.openbareRuimte, .nummeraanduiding, .woonplaats, .adresseerbaarObject, .panden]

    /// The resource names in the order of the specification, as sent in `expand`.
    public var names: [String] {
        var names: [String] = []
        if contains(.openbareRuimte) { names.append("openbareRuimte") }
        if contains(.nummeraanduiding) { names.append("nummeraanduiding") }
        if contains(.woonplaats) { names.append("woonplaats") }
        if contains(.adresseerbaarObject) { names.append("adresseerbaarObject") }
        if contains(.panden) { names.append("panden") }
        return names
    }

    /// The `expand` parameter value, e.g. `openbareRuimte,panden`; `nil` when empty.
    public var parameterValue: String? {
        isEmpty ? nil : names.joined(separator: ",")
    }
}
