public import Foundation
public import OpenServicesCore

/// The fields of a zaak to change with ``ZakenClient/patchZaak(_:with:options:)`` (`PATCH /zaken/{uuid}`):
/// only the fields that are set are sent.
///
/// ```swift
/// var wijziging = ZaakPatch()
/// wijziging.omschrijving = "Aanvraag omgevingsvergunning Dorpsstraat 1-3"
/// let zaak = try await zaken.patchZaak(zaak.url, with: wijziging)
/// ```
public struct ZaakPatch: Sendable, Hashable, Codable {
    /// A short description.
    public var omschrijving: String?
    /// An explanation.
    public var toelichting: String?
    /// The RSIN of the organisation that created it.
    public var bronorganisatie: RSIN?
    /// The RSIN of the organisation responsible for handling it.
    public var verantwoordelijkeOrganisatie: RSIN?
    /// The day it started.
    public var startdatum: String?
    /// The day it is planned to end.
    public var einddatumGepland: String?
    /// The last day by which it must be settled.
    public var uiterlijkeEinddatumAfdoening: String?
    /// The day it is published.
    public var publicatiedatum: String?
    /// The channel through which it came in (URL).
    public var communicatiekanaal: String?
    /// The products or services it concerns.
    public var productenOfDiensten: [URL]?
    /// How confidential it is.
    public var vertrouwelijkheidaanduiding: Vertrouwelijkheidaanduiding?
    /// Whether and how much has been paid.
    public var betalingsindicatie: Betalingsindicatie?
    /// The moment of the last payment.
    public var laatsteBetaaldatum: String?
    /// Where it takes place, as GeoJSON.
    public var zaakgeometrie: ZGWJSONValue?
    /// Its extension.
    public var verlenging: Verlenging?
    /// Its suspension.
    public var opschorting: Opschorting?
    /// The Selectielijst class (URL).
    public var selectielijstklasse: String?
    /// The main zaak.
    public var hoofdzaak: ZGWResourceURL<Zaak>?
    /// Other zaken it relates to.
    public var relevanteAndereZaken: [RelevanteZaak]?
    /// Other identifications it is known by.
    public var kenmerken: [ZaakKenmerk]?
    /// Whether it is kept or destroyed.
    public var archiefnominatie: Archiefnominatie?
    /// How far archiving is.
    public var archiefstatus: Archiefstatus?
    /// The day it is to be archived or destroyed.
    public var archiefactiedatum: String?
    /// The RSIN of the organisation that commissioned it.
    public var opdrachtgevendeOrganisatie: String?
    /// The day the retention period starts.
    public var startdatumBewaartermijn: String?

    /// An empty change; set the fields to change.
    public init() {}
}
