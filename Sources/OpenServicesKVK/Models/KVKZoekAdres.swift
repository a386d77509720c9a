/// KVK Zoeken `Adres`: a domestic or a foreign address.
///
/// ```swift
/// print(item.adres?.binnenlandsAdres?.plaats ?? item.adres?.buitenlandsAdres?.land ?? "")
/// ```
public struct KVKZoekAdres: Hashable, Sendable, Codable {
    /// The domestic address.
    public var binnenlandsAdres: KVKBinnenlandsAdres?
    /// The foreign address.
    public var buitenlandsAdres: KVKBuitenlandsAdres?

    /// Creates an address.
    public init(binnenlandsAdres: KVKBinnenlandsAdres? = nil, buitenlandsAdres: KVKBuitenlandsAdres? = nil) {
        self.binnenlandsAdres = binnenlandsAdres
        self.buitenlandsAdres = buitenlandsAdres
    }
}
