/// A partial update of a besluit (`PATCH`): only the members that are set are sent.
///
/// ```swift
/// var patch = BesluitPatch()
/// patch.vervaldatum = "2026-12-31"
/// patch.vervalreden = .tijdelijk
/// let besluit = try await besluiten.patchBesluit(besluit.url, patch)
/// ```
public struct BesluitPatch: Sendable, Hashable, Codable {
    /// Its identification within the organisation.
    public var identificatie: String?
    /// The RSIN of the organisation that takes it.
    public var verantwoordelijkeOrganisatie: String?
    /// The URL of its besluittype.
    public var besluittype: ZGWResourceURL<BesluitType>?
    /// The zaak it is the outcome of.
    public var zaak: ZGWResourceURL<Zaak>?
    /// The date it was taken.
    public var datum: String?
    /// An explanation.
    public var toelichting: String?
    /// The body that took it.
    public var bestuursorgaan: String?
    /// From when it applies.
    public var ingangsdatum: String?
    /// Until when it applies.
    public var vervaldatum: String?
    /// Why it lapses.
    public var vervalreden: BesluitVervalreden?
    /// When it was published.
    public var publicatiedatum: String?
    /// When it was sent.
    public var verzenddatum: String?
    /// The last day to object or appeal.
    public var uiterlijkeReactiedatum: String?

    /// An empty patch; set the members to change.
    public init() {}
}
