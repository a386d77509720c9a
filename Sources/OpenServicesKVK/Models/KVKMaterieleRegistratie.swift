/// KVK `MaterieleRegistratie`: when the enterprise started and ended (`yyyymmdd`).
///
/// ```swift
/// print(profiel.materieleRegistratie?.datumAanvang ?? "")   // 20150301
/// ```
public struct KVKMaterieleRegistratie: Hashable, Sendable, Codable {
    /// The start date.
    public var datumAanvang: String?
    /// The end date.
    public var datumEinde: String?

    /// Creates the dates.
    public init(datumAanvang: String? = nil, datumEinde: String? = nil) {
        self.datumAanvang = datumAanvang
        self.datumEinde = datumEinde
    }
}
