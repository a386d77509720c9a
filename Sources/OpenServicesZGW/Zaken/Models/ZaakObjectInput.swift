/// The body of ``ZakenClient/createZaakObject(_:options:)`` and ``ZakenClient/updateZaakObject(_:with:options:)``.
///
/// ```swift
/// let pand = try await zaken.createZaakObject(ZaakObjectInput(
///     zaak: zaak.url, objectType: .pand, object: "https://bag.example.nl/panden/0599100000012345",
///     relatieomschrijving: "Het pand van de aanvraag"))
/// ```
public struct ZaakObjectInput: Sendable, Hashable, Codable {
    /// The zaak.
    public var zaak: ZGWResourceURL<Zaak>
    /// The object in another registration (URL).
    public var object: String?
    /// The zaakobjecttype in the Catalogi API (URL).
    public var zaakobjecttype: String?
    /// The kind of object.
    public var objectType: ZaakObjectType
    /// The kind of object when ``objectType`` is `overige`.
    public var objectTypeOverige: String?
    /// Where the `overige` object's definition lives.
    public var objectTypeOverigeDefinitie: ZGWJSONValue?
    /// How the object relates to the zaak.
    public var relatieomschrijving: String?
    /// The object's own data, in the shape of ``objectType``.
    public var objectIdentificatie: BetrokkeneIdentificatie?

    /// Creates the body.
    public init(
        zaak: ZGWResourceURL<Zaak>, objectType: ZaakObjectType, object: String? = nil, relatieomschrijving: String? = nil,
        objectTypeOverige: String? = nil, objectIdentificatie: BetrokkeneIdentificatie? = nil
    ) {
        self.zaak = zaak
        self.objectType = objectType
        self.object = object
        self.relatieomschrijving = relatieomschrijving
        self.objectTypeOverige = objectTypeOverige
        self.objectIdentificatie = objectIdentificatie
    }

    /// Decodes the body, reading `objectIdentificatie` in the shape its `objectType` names.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: ZaakObject.CodingKeys.self)
        zaak = try c.decode(ZGWResourceURL<Zaak>.self, forKey: .zaak)
        object = try c.decodeIfPresent(String.self, forKey: .object)
        zaakobjecttype = try c.decodeIfPresent(String.self, forKey: .zaakobjecttype)
        objectType = try c.decode(ZaakObjectType.self, forKey: .objectType)
        objectTypeOverige = try c.decodeIfPresent(String.self, forKey: .objectTypeOverige)
        objectTypeOverigeDefinitie = try c.decodeIfPresent(ZGWJSONValue.self, forKey: .objectTypeOverigeDefinitie)
        relatieomschrijving = try c.decodeIfPresent(String.self, forKey: .relatieomschrijving)
        objectIdentificatie = try BetrokkeneIdentificatie.decode(objectType.rawValue, from: c, forKey: .objectIdentificatie)
    }

    /// Encodes the body with its official field names.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: ZaakObject.CodingKeys.self)
        try c.encode(zaak, forKey: .zaak)
        try Self.encodeCommon(
            to: &c, object: object, zaakobjecttype: zaakobjecttype, objectType: objectType, objectTypeOverige: objectTypeOverige,
            objectTypeOverigeDefinitie: objectTypeOverigeDefinitie, relatieomschrijving: relatieomschrijving,
            objectIdentificatie: objectIdentificatie)
    }

    static func encodeCommon(
        to c: inout KeyedEncodingContainer<ZaakObject.CodingKeys>, object: String?, zaakobjecttype: String?,
        objectType: ZaakObjectType, objectTypeOverige: String?, objectTypeOverigeDefinitie: ZGWJSONValue?,
        relatieomschrijving: String?, objectIdentificatie: BetrokkeneIdentificatie?
    ) throws {
        try c.encodeIfPresent(object, forKey: .object)
        try c.encodeIfPresent(zaakobjecttype, forKey: .zaakobjecttype)
        try c.encode(objectType, forKey: .objectType)
        try c.encodeIfPresent(objectTypeOverige, forKey: .objectTypeOverige)
        try c.encodeIfPresent(objectTypeOverigeDefinitie, forKey: .objectTypeOverigeDefinitie)
        try c.encodeIfPresent(relatieomschrijving, forKey: .relatieomschrijving)
        try objectIdentificatie?.encode(to: &c, forKey: .objectIdentificatie)
    }
}
