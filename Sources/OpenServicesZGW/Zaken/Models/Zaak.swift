public import Foundation
public import OpenServicesCore

/// A zaak (case) of the Zaken API, as the API returns it.
///
/// The lists of related resources (`rollen`, `zaakobjecten`, …) are URLs the ``ZakenClient`` resolves;
/// dates are `YYYY-MM-DD`, date-times ISO 8601.
///
/// ```swift
/// let zaak = try await zaken.zaak(uuid)
/// print(zaak.identificatie ?? "", zaak.startdatum)
/// ```
public struct Zaak: Sendable, Hashable, Codable {
    /// The zaak's own URL.
    public var url: ZGWResourceURL<Zaak>
    /// Its UUID.
    public var uuid: UUID
    /// Its identification within the organisation, e.g. `ZAAK-2026-0000000001` (generated when not given).
    public var identificatie: String?
    /// The RSIN of the organisation that created it.
    public var bronorganisatie: RSIN
    /// A short description.
    public var omschrijving: String?
    /// An explanation.
    public var toelichting: String?
    /// The zaaktype in the Catalogi API.
    public var zaaktype: ZGWResourceURL<ZaakType>
    /// The day it was registered.
    public var registratiedatum: String?
    /// The RSIN of the organisation responsible for handling it.
    public var verantwoordelijkeOrganisatie: RSIN
    /// The day it started.
    public var startdatum: String
    /// The day it ended (set when the final status is set).
    public var einddatum: String?
    /// The day it is planned to end.
    public var einddatumGepland: String?
    /// The last day by which it must be settled.
    public var uiterlijkeEinddatumAfdoening: String?
    /// The day it is published.
    public var publicatiedatum: String?
    /// The channel through which it came in (URL).
    public var communicatiekanaal: String?
    /// The products or services it concerns (URLs).
    public var productenOfDiensten: [URL]?
    /// How confidential it is.
    public var vertrouwelijkheidaanduiding: Vertrouwelijkheidaanduiding?
    /// Whether and how much has been paid.
    public var betalingsindicatie: Betalingsindicatie?
    /// ``betalingsindicatie`` in words.
    public var betalingsindicatieWeergave: String
    /// The moment of the last payment.
    public var laatsteBetaaldatum: String?
    /// Where it takes place, as GeoJSON (EPSG:4326).
    public var zaakgeometrie: ZGWJSONValue?
    /// Its extension, when extended.
    public var verlenging: Verlenging?
    /// Its suspension, when suspended.
    public var opschorting: Opschorting?
    /// The Selectielijst class (URL) that sets its retention.
    public var selectielijstklasse: String?
    /// The main zaak, when this is a deelzaak.
    public var hoofdzaak: ZGWResourceURL<Zaak>?
    /// Its deelzaken.
    public var deelzaken: [ZGWResourceURL<Zaak>]
    /// Other zaken it relates to.
    public var relevanteAndereZaken: [RelevanteZaak]?
    /// Its zaakeigenschappen.
    public var eigenschappen: [ZGWResourceURL<ZaakEigenschap>]
    /// Its rollen.
    public var rollen: [ZGWResourceURL<Rol>]
    /// Its current status.
    public var status: ZGWResourceURL<Status>?
    /// Its zaakinformatieobjecten (documents).
    public var zaakinformatieobjecten: [ZGWResourceURL<ZaakInformatieObject>]
    /// Its zaakobjecten.
    public var zaakobjecten: [ZGWResourceURL<ZaakObject>]
    /// Other identifications it is known by.
    public var kenmerken: [ZaakKenmerk]?
    /// Whether it is kept or destroyed.
    public var archiefnominatie: Archiefnominatie?
    /// How far archiving is.
    public var archiefstatus: Archiefstatus?
    /// The day it is to be archived or destroyed.
    public var archiefactiedatum: String?
    /// Its resultaat.
    public var resultaat: ZGWResourceURL<Resultaat>?
    /// The RSIN of the organisation that commissioned it.
    public var opdrachtgevendeOrganisatie: String?
    /// The kind of process object.
    public var processobjectaard: String?
    /// The day the retention period starts.
    public var startdatumBewaartermijn: String?
    /// The process object.
    public var processobject: Processobject?
}
