/// The body of ``ZakenClient/createZaakEigenschap(_:options:)`` and ``ZakenClient/updateZaakEigenschap(_:with:options:)``.
///
/// ```swift
/// let oppervlakte = try await zaken.createZaakEigenschap(
///     ZaakEigenschapInput(zaak: zaak.url, eigenschap: eigenschap.url, waarde: "120"))
/// ```
public struct ZaakEigenschapInput: Sendable, Hashable, Codable {
    /// The zaak.
    public var zaak: ZGWResourceURL<Zaak>
    /// The eigenschap (of the zaak's zaaktype).
    public var eigenschap: ZGWResourceURL<Eigenschap>
    /// The value, as text in the eigenschap's format.
    public var waarde: String

    /// Creates the body.
    public init(zaak: ZGWResourceURL<Zaak>, eigenschap: ZGWResourceURL<Eigenschap>, waarde: String) {
        self.zaak = zaak
        self.eigenschap = eigenschap
        self.waarde = waarde
    }
}
