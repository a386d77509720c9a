public import Foundation

/// One part of a document uploaded in parts (`bestandsdelen`), as the document lists it.
///
/// ```swift
/// let open = document.bestandsdelen.filter { !$0.voltooid }
/// ```
public struct BestandsDeel: Sendable, Hashable, Codable {
    /// The part's URL (`/bestandsdelen/{uuid}`).
    public var url: URL
    /// Its position, from 1.
    public var volgnummer: Int
    /// Its size in bytes.
    public var omvang: Int
    /// Whether its bytes were uploaded.
    public var voltooid: Bool

    /// Creates a part record.
    public init(url: URL, volgnummer: Int, omvang: Int, voltooid: Bool) {
        self.url = url
        self.volgnummer = volgnummer
        self.omvang = omvang
        self.voltooid = voltooid
    }
}
