/// A document's checksum (`integriteit`). Providers send `{"algoritme": "", "waarde": "", "datum": null}`
/// when none was given; the members then decode as `nil` or empty.
///
/// ```swift
/// request.integriteit = Integriteit(algoritme: .sha256, waarde: "9f86d0…", datum: "2026-03-02")
/// ```
public struct Integriteit: Sendable, Hashable, Codable {
    /// The algorithm.
    public var algoritme: IntegriteitAlgoritme?
    /// The checksum, at most 128 characters.
    public var waarde: String?
    /// The date the checksum was computed, `YYYY-MM-DD`.
    public var datum: String?

    /// Creates a checksum record; a request needs all three members.
    public init(algoritme: IntegriteitAlgoritme? = nil, waarde: String? = nil, datum: String? = nil) {
        self.algoritme = algoritme
        self.waarde = waarde
        self.datum = datum
    }
}
