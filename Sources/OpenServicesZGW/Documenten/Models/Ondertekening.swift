/// How and when a document was signed (`ondertekening`). Providers send `{"soort": "", "datum": null}`
/// for a document that is not signed; both members then decode as `nil`.
///
/// ```swift
/// request.ondertekening = Ondertekening(soort: .digitaal, datum: "2026-03-02")
/// ```
public struct Ondertekening: Sendable, Hashable, Codable {
    /// How it was signed.
    public var soort: OndertekeningSoort?
    /// The date of signing, `YYYY-MM-DD`.
    public var datum: String?

    /// Creates a signing record; a request needs both members.
    public init(soort: OndertekeningSoort? = nil, datum: String? = nil) {
        self.soort = soort
        self.datum = datum
    }
}
