/// A coded value from one of the BRP's national tables (`Waardetabel`): a `code` with its
/// `omschrijving`, e.g. `{"code": "V", "omschrijving": "vrouw"}` or `{"code": "0599", "omschrijving": "Rotterdam"}`.
///
/// The codes are open-ended (new table rows appear without a new API version), so they are plain text.
public struct Waardetabel: Codable, Sendable, Hashable {
    /// The table code, e.g. `V`, `0599`, `6030`.
    public var code: String?
    /// The human-readable description, e.g. `vrouw`, `Rotterdam`, `Nederland`.
    public var omschrijving: String?

    /// Creates a table value.
    public init(code: String? = nil, omschrijving: String? = nil) {
        self.code = code
        self.omschrijving = omschrijving
    }
}
