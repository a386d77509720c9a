/// A partial update of a document's metadata (`PATCH`): only the members that are set are sent.
///
/// ```swift
/// var patch = EnkelvoudigInformatieObjectPatch()
/// patch.status = .definitief
/// let document = try await documenten.patchDocument(url, patch, lock: lock)
/// ```
public struct EnkelvoudigInformatieObjectPatch: Sendable, Hashable, Codable {
    /// Its identification within the bronorganisatie.
    public var identificatie: String?
    /// The RSIN of the organisation that created or received it.
    public var bronorganisatie: String?
    /// The date it was created, `YYYY-MM-DD`.
    public var creatiedatum: String?
    /// Its title.
    public var titel: String?
    /// How confidential it is.
    public var vertrouwelijkheidaanduiding: Vertrouwelijkheidaanduiding?
    /// Who wrote it.
    public var auteur: String?
    /// Its life-cycle status.
    public var status: InformatieObjectStatus?
    /// The media type of the content.
    public var formaat: String?
    /// The language, ISO 639-2/B.
    public var taal: String?
    /// The file name.
    public var bestandsnaam: String?
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
    /// Whether usage rights apply.
    public var indicatieGebruiksrecht: Bool?
    /// The form it appears in.
    public var verschijningsvorm: String?
    /// How and when it was signed.
    public var ondertekening: Ondertekening?
    /// Its checksum.
    public var integriteit: Integriteit?
    /// The URL of its informatieobjecttype.
    public var informatieobjecttype: ZGWResourceURL<InformatieObjectType>?
    /// Keywords.
    public var trefwoorden: [String]?

    /// An empty patch; set the members to change.
    public init() {}
}
