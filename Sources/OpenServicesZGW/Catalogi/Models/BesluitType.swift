public import Foundation

/// A besluittype: a kind of decision an organisation takes (`Vergunningsbesluit`).
public struct BesluitType: Sendable, Hashable, Codable {
    /// The besluittype's own URL.
    public var url: ZGWResourceURL<BesluitType>
    /// The catalogus it belongs to.
    public var catalogus: ZGWResourceURL<Catalogus>
    /// The zaaktypen whose cases may lead to it.
    public var zaaktypen: [ZGWResourceURL<ZaakType>]
    /// Its description.
    public var omschrijving: String?
    /// The generic description.
    public var omschrijvingGeneriek: String?
    /// Its category.
    public var besluitcategorie: String?
    /// The time to object or appeal, ISO 8601.
    public var reactietermijn: String?
    /// Whether decisions of this type are published.
    public var publicatieIndicatie: Bool
    /// The text that is published.
    public var publicatietekst: String?
    /// How long it is published, ISO 8601.
    public var publicatietermijn: String?
    /// An explanation.
    public var toelichting: String?
    /// The informatieobjecttypen of its documents.
    public var informatieobjecttypen: [ZGWResourceURL<InformatieObjectType>]
    /// The first day this version is valid.
    public var beginGeldigheid: String
    /// The last day this version is valid.
    public var eindeGeldigheid: String?
    /// The first day the type exists.
    public var beginObject: String?
    /// The last day the type exists.
    public var eindeObject: String?
    /// `true` while it is a draft (not published).
    public var concept: Bool
    /// The resultaattypen that lead to it.
    public var resultaattypen: [ZGWResourceURL<ResultaatType>]
    /// Their descriptions.
    public var resultaattypenOmschrijving: [String]
    /// Where decisions of this type are recorded.
    public var vastgelegdIn: [String]

    /// The UUID at the end of ``url``.
    public var uuid: UUID? { url.uuid }
}
