public import Foundation

/// The result of a zaak (`/resultaten`).
public struct Resultaat: Sendable, Hashable, Codable {
    /// The resultaat's own URL.
    public var url: ZGWResourceURL<Resultaat>
    /// Its UUID.
    public var uuid: UUID
    /// The zaak.
    public var zaak: ZGWResourceURL<Zaak>
    /// The resultaattype in the Catalogi API.
    public var resultaattype: ZGWResourceURL<ResultaatType>
    /// An explanation.
    public var toelichting: String?
}
