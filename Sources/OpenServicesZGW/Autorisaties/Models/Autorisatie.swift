/// What an application may do in one API (`Autorisatie`): the scopes, and for Zaken, Documenten and
/// Besluiten the type and the highest confidentiality they apply to.
///
/// ```swift
/// for autorisatie in applicatie.autorisaties where autorisatie.component == .zrc {
///     print(autorisatie.scopes, autorisatie.zaaktype?.description ?? "alle zaaktypen")
/// }
/// ```
public struct Autorisatie: Sendable, Hashable, Codable {
    /// The API it applies to.
    public var component: AutorisatieComponent
    /// ``component`` as text for people.
    public var componentWeergave: String?
    /// The scopes granted, e.g. `zaken.lezen`.
    public var scopes: [String]
    /// For `zrc`: the zaaktype the scopes apply to.
    public var zaaktype: ZGWResourceURL<ZaakType>?
    /// For `drc`: the informatieobjecttype the scopes apply to.
    public var informatieobjecttype: ZGWResourceURL<InformatieObjectType>?
    /// For `brc`: the besluittype the scopes apply to.
    public var besluittype: ZGWResourceURL<BesluitType>?
    /// For `zrc` and `drc`: the highest confidentiality the scopes reach.
    public var maxVertrouwelijkheidaanduiding: Vertrouwelijkheidaanduiding?

    /// Creates an autorisatie.
    public init(
        component: AutorisatieComponent, componentWeergave: String? = nil, scopes: [String], zaaktype: ZGWResourceURL<ZaakType>? = nil,
        informatieobjecttype: ZGWResourceURL<InformatieObjectType>? = nil, besluittype: ZGWResourceURL<BesluitType>? = nil,
        maxVertrouwelijkheidaanduiding: Vertrouwelijkheidaanduiding? = nil
    ) {
        self.component = component
        self.componentWeergave = componentWeergave
        self.scopes = scopes
        self.zaaktype = zaaktype
        self.informatieobjecttype = informatieobjecttype
        self.besluittype = besluittype
        self.maxVertrouwelijkheidaanduiding = maxVertrouwelijkheidaanduiding
    }
}
