/// The body of ``ZakenClient/createResultaat(_:options:)`` and ``ZakenClient/updateResultaat(_:with:options:)``.
///
/// ```swift
/// let resultaat = try await zaken.createResultaat(ResultaatInput(zaak: zaak.url, resultaattype: verleend.url))
/// ```
public struct ResultaatInput: Sendable, Hashable, Codable {
    /// The zaak.
    public var zaak: ZGWResourceURL<Zaak>
    /// The resultaattype (of the zaak's zaaktype).
    public var resultaattype: ZGWResourceURL<ResultaatType>
    /// An explanation.
    public var toelichting: String?

    /// Creates the body.
    public init(zaak: ZGWResourceURL<Zaak>, resultaattype: ZGWResourceURL<ResultaatType>, toelichting: String? = nil) {
        self.zaak = zaak
        self.resultaattype = resultaattype
        self.toelichting = toelichting
    }
}
