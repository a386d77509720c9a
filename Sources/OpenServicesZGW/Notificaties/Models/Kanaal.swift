public import Foundation

/// A channel (`Kanaal`, also called exchange) of the Notificaties API: a publishing API registers one
/// per domain (`zaken`, `documenten`, `besluiten`, …) and subscribers take an ``Abonnement`` on it.
///
/// ```swift
/// let kanaal = try await notificaties.createKanaal(Kanaal(
///     naam: "zaken", documentatieLink: URL(string: "https://example.nl/kanalen/zaken"), filters: ["bronorganisatie", "zaaktype"]))
/// ```
public struct Kanaal: Sendable, Hashable, Codable {
    /// The channel's URL (read-only; `nil` before it is created).
    public var url: ZGWResourceURL<Kanaal>?
    /// The unique name, at most 50 characters, e.g. `zaken`.
    public var naam: String
    /// Where the channel's events and kenmerken are documented (`""` from the provider decodes as `nil`).
    public var documentatieLink: URL?
    /// The kenmerken subscribers may filter on, e.g. `bronorganisatie`, `zaaktype`.
    public var filters: [String]

    /// Creates a channel to register.
    public init(naam: String, documentatieLink: URL? = nil, filters: [String] = [], url: ZGWResourceURL<Kanaal>? = nil) {
        self.url = url
        self.naam = naam
        self.documentatieLink = documentatieLink
        self.filters = filters
    }

    /// The official field names.
    enum CodingKeys: String, CodingKey {
        case url, naam, documentatieLink, filters
    }

    /// Decodes the official JSON; an empty `url` or `documentatieLink` is `nil`, missing `filters` are `[]`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        url = try container.decodeOptionalURL(.url).map(ZGWResourceURL.init)
        naam = try container.decode(String.self, forKey: .naam)
        documentatieLink = try container.decodeOptionalURL(.documentatieLink)
        filters = try container.decodeIfPresent([String].self, forKey: .filters) ?? []
    }

    /// Encodes the official JSON, leaving out what is `nil`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(url, forKey: .url)
        try container.encode(naam, forKey: .naam)
        try container.encodeIfPresent(documentatieLink?.absoluteString, forKey: .documentatieLink)
        try container.encode(filters, forKey: .filters)
    }
}
