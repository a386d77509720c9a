/// A document in the Documenten API (`EnkelvoudigInformatieObject`): its metadata, and in ``inhoud``
/// the URL its content is downloaded from.
///
/// ```swift
/// let document = try await documenten.document(uuid)
/// print(document.titel, document.bestandsnaam ?? "", document.bestandsomvang ?? 0)
/// let data = try await documenten.downloadData(document)
/// ```
///
/// Dates are `YYYY-MM-DD`, date-times ISO 8601, as the API sends them.
public struct EnkelvoudigInformatieObject: Sendable, Hashable, Codable {
    /// The document's own URL.
    public var url: ZGWResourceURL<EnkelvoudigInformatieObject>
    /// Its identification within the bronorganisatie (generated when not given).
    public var identificatie: String?
    /// The RSIN of the organisation that created or received it.
    public var bronorganisatie: String
    /// The date it was created, `YYYY-MM-DD`.
    public var creatiedatum: String
    /// Its title.
    public var titel: String
    /// How confidential it is.
    public var vertrouwelijkheidaanduiding: Vertrouwelijkheidaanduiding?
    /// Who wrote it.
    public var auteur: String
    /// Its life-cycle status.
    public var status: InformatieObjectStatus?
    /// The media type of the content, e.g. `application/pdf`.
    public var formaat: String?
    /// The language, ISO 639-2/B (`dut`).
    public var taal: String
    /// The version, from 1; every change makes a new one.
    public var versie: Int
    /// When this version was registered, ISO 8601.
    public var beginRegistratie: String
    /// The file name.
    public var bestandsnaam: String?
    /// The URL the content is downloaded from (`…/enkelvoudiginformatieobjecten/{uuid}/download`); `nil`
    /// when there is no content. Pass the document to ``DocumentenClient/download(_:maximumSize:)``.
    public var inhoud: ZGWResourceURL<EnkelvoudigInformatieObject>?
    /// The size of the content in bytes.
    public var bestandsomvang: Int64?
    /// A link to the document elsewhere.
    public var link: String?
    /// A description.
    public var beschrijving: String?
    /// The date it was received, `YYYY-MM-DD`.
    public var ontvangstdatum: String?
    /// The date it was sent, `YYYY-MM-DD`.
    public var verzenddatum: String?
    /// Whether usage rights apply (`nil`: not yet known).
    public var indicatieGebruiksrecht: Bool?
    /// The form it appears in.
    public var verschijningsvorm: String?
    /// How and when it was signed.
    public var ondertekening: Ondertekening?
    /// Its checksum.
    public var integriteit: Integriteit?
    /// The URL of its informatieobjecttype in the Catalogi API.
    public var informatieobjecttype: ZGWResourceURL<InformatieObjectType>
    /// Whether it is locked for editing.
    public var locked: Bool
    /// The parts, when the content is uploaded in parts.
    public var bestandsdelen: [BestandsDeel]
    /// Keywords.
    public var trefwoorden: [String]?

    /// Creates a document record (as a test double or a cache would).
    public init(
        url: ZGWResourceURL<EnkelvoudigInformatieObject>, identificatie: String? = nil, bronorganisatie: String,
        creatiedatum: String, titel: String, vertrouwelijkheidaanduiding: Vertrouwelijkheidaanduiding? = nil,
        auteur: String, status: InformatieObjectStatus? = nil, formaat: String? = nil, taal: String, versie: Int,
        beginRegistratie: String, bestandsnaam: String? = nil, inhoud: ZGWResourceURL<EnkelvoudigInformatieObject>? = nil,
        bestandsomvang: Int64? = nil, link: String? = nil, beschrijving: String? = nil, ontvangstdatum: String? = nil,
        verzenddatum: String? = nil, indicatieGebruiksrecht: Bool? = nil, verschijningsvorm: String? = nil,
        ondertekening: Ondertekening? = nil, integriteit: Integriteit? = nil,
        informatieobjecttype: ZGWResourceURL<InformatieObjectType>, locked: Bool = false, bestandsdelen: [BestandsDeel] = [],
        trefwoorden: [String]? = nil
    ) {
        self.url = url
        self.identificatie = identificatie
        self.bronorganisatie = bronorganisatie
        self.creatiedatum = creatiedatum
        self.titel = titel
        self.vertrouwelijkheidaanduiding = vertrouwelijkheidaanduiding
        self.auteur = auteur
        self.status = status
        self.formaat = formaat
        self.taal = taal
        self.versie = versie
        self.beginRegistratie = beginRegistratie
        self.bestandsnaam = bestandsnaam
        self.inhoud = inhoud
        self.bestandsomvang = bestandsomvang
        self.link = link
        self.beschrijving = beschrijving
        self.ontvangstdatum = ontvangstdatum
        self.verzenddatum = verzenddatum
        self.indicatieGebruiksrecht = indicatieGebruiksrecht
        self.verschijningsvorm = verschijningsvorm
        self.ondertekening = ondertekening
        self.integriteit = integriteit
        self.informatieobjecttype = informatieobjecttype
        self.locked = locked
        self.bestandsdelen = bestandsdelen
        self.trefwoorden = trefwoorden
    }
}
