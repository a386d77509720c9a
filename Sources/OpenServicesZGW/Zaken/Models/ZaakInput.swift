public import Foundation
public import OpenServicesCore

/// The writable fields of a zaak: the body of ``ZakenClient/createZaak(_:options:)`` (`POST /zaken`) and of
/// ``ZakenClient/updateZaak(_:with:options:)`` (`PUT /zaken/{uuid}`).
///
/// ```swift
/// let nieuw = ZaakInput(
///     zaaktype: zaaktype.url, bronorganisatie: try RSIN("002564440"),
///     verantwoordelijkeOrganisatie: try RSIN("002564440"), startdatum: "2026-03-02",
///     omschrijving: "Aanvraag omgevingsvergunning Dorpsstraat 1")
/// ```
public struct ZaakInput: Sendable, Hashable, Codable {
    /// Its identification; the provider generates one when `nil`.
    public var identificatie: String?
    /// The RSIN of the organisation that creates it.
    public var bronorganisatie: RSIN
    /// A short description, at most 80 characters.
    public var omschrijving: String?
    /// An explanation.
    public var toelichting: String?
    /// The zaaktype.
    public var zaaktype: ZGWResourceURL<ZaakType>
    /// The day it was registered; today when `nil`.
    public var registratiedatum: String?
    /// The RSIN of the organisation responsible for handling it.
    public var verantwoordelijkeOrganisatie: RSIN
    /// The day it started (`YYYY-MM-DD`).
    public var startdatum: String
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
    /// How confidential it is; the zaaktype's default when `nil`.
    public var vertrouwelijkheidaanduiding: Vertrouwelijkheidaanduiding?
    /// Whether and how much has been paid.
    public var betalingsindicatie: Betalingsindicatie?
    /// The moment of the last payment.
    public var laatsteBetaaldatum: String?
    /// Where it takes place, as GeoJSON (EPSG:4326).
    public var zaakgeometrie: ZGWJSONValue?
    /// Its extension.
    public var verlenging: Verlenging?
    /// Its suspension.
    public var opschorting: Opschorting?
    /// The Selectielijst class (URL).
    public var selectielijstklasse: String?
    /// The main zaak, for a deelzaak.
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
    /// The kind of process object.
    public var processobjectaard: String?
    /// The day the retention period starts.
    public var startdatumBewaartermijn: String?
    /// The process object.
    public var processobject: Processobject?

    /// Creates the body of a new zaak with its required fields; set the others as properties.
    public init(
        zaaktype: ZGWResourceURL<ZaakType>, bronorganisatie: RSIN, verantwoordelijkeOrganisatie: RSIN,
        startdatum: String, omschrijving: String? = nil, toelichting: String? = nil, identificatie: String? = nil
    ) {
        self.zaaktype = zaaktype
        self.bronorganisatie = bronorganisatie
        self.verantwoordelijkeOrganisatie = verantwoordelijkeOrganisatie
        self.startdatum = startdatum
        self.omschrijving = omschrijving
        self.toelichting = toelichting
        self.identificatie = identificatie
    }

    /// The writable fields of an existing zaak, to change and send back with a `PUT`.
    public init(_ zaak: Zaak) {
        self.init(
            zaaktype: zaak.zaaktype, bronorganisatie: zaak.bronorganisatie,
            verantwoordelijkeOrganisatie: zaak.verantwoordelijkeOrganisatie, startdatum: zaak.startdatum,
            omschrijving: zaak.omschrijving, toelichting: zaak.toelichting, identificatie: zaak.identificatie)
        registratiedatum = zaak.registratiedatum
        einddatumGepland = zaak.einddatumGepland
        uiterlijkeEinddatumAfdoening = zaak.uiterlijkeEinddatumAfdoening
        publicatiedatum = zaak.publicatiedatum
        communicatiekanaal = zaak.communicatiekanaal
        productenOfDiensten = zaak.productenOfDiensten
        vertrouwelijkheidaanduiding = zaak.vertrouwelijkheidaanduiding
        betalingsindicatie = zaak.betalingsindicatie
        laatsteBetaaldatum = zaak.laatsteBetaaldatum
        zaakgeometrie = zaak.zaakgeometrie
        verlenging = zaak.verlenging
        opschorting = zaak.opschorting
        selectielijstklasse = zaak.selectielijstklasse
        hoofdzaak = zaak.hoofdzaak
        relevanteAndereZaken = zaak.relevanteAndereZaken
        kenmerken = zaak.kenmerken
        archiefnominatie = zaak.archiefnominatie
        archiefstatus = zaak.archiefstatus
        archiefactiedatum = zaak.archiefactiedatum
        opdrachtgevendeOrganisatie = zaak.opdrachtgevendeOrganisatie
        processobjectaard = zaak.processobjectaard
        startdatumBewaartermijn = zaak.startdatumBewaartermijn
        processobject = zaak.processobject
    }
}
