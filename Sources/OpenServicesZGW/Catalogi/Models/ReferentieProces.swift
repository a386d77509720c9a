import Foundation

/// The reference process a zaaktype is modelled on (`referentieproces`).
public struct ReferentieProces: Sendable, Hashable, Codable {
    /// The process's name.
    public var naam: String
    /// A link to its description.
    public var link: String?

    /// Creates a reference process.
    public init(naam: String, link: String? = nil) {
        self.naam = naam
        self.link = link
    }
}
