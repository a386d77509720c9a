/// An address abroad.
public struct SubVerblijfBuitenland: Sendable, Hashable, Codable {
    /// The country code.
    public var lndLandcode: String
    /// The country name.
    public var lndLandnaam: String
    /// Address line 1.
    public var subAdresBuitenland_1: String?
    /// Address line 2.
    public var subAdresBuitenland_2: String?
    /// Address line 3.
    public var subAdresBuitenland_3: String?
}
