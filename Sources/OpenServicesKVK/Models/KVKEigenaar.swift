/// KVK `Eigenaar`: the owner of an enterprise (the legal entity or the natural person's business).
///
/// ```swift
/// let eigenaar = try await kvk.owner("71000011")
/// print(eigenaar.rechtsvorm ?? "")   // BeslotenVennootschap
/// ```
public struct KVKEigenaar: Hashable, Sendable, Codable {
    /// The RSIN, for a legal entity.
    public var rsin: String?
    /// The legal form.
    public var rechtsvorm: String?
    /// The legal form in full.
    public var uitgebreideRechtsvorm: String?
    /// The date of deregistration.
    public var datumUitschrijving: String?
    /// Addresses, shown when the enterprise has no branches.
    public var adressen: [KVKAdres]?
    /// Websites, shown when the enterprise has no branches.
    public var websites: [String]?
    /// Links as an array (`links`).
    public var links: KVKLinks?
    /// Links as an object (`_links`).
    public var _links: KVKLinks?

    /// Creates an owner.
    public init(
        rsin: String? = nil, rechtsvorm: String? = nil, uitgebreideRechtsvorm: String? = nil, datumUitschrijving: String? = nil,
        adressen: [KVKAdres]? = nil, websites: [String]? = nil, links: KVKLinks? = nil, _links: KVKLinks? = nil
    ) {
        self.rsin = rsin
        self.rechtsvorm = rechtsvorm
        self.uitgebreideRechtsvorm = uitgebreideRechtsvorm
        self.datumUitschrijving = datumUitschrijving
        self.adressen = adressen
        self.websites = websites
        self.links = links
        self._links = _links
    }
}
