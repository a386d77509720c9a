public import Foundation

/// An object a zaak is about (`/zaakobjecten`): an address, a building, a person, another registration's object.
///
/// For the party types (`natuurlijk_persoon`, `niet_natuurlijk_persoon`, `vestiging`, `medewerker`,
/// `organisatorische_eenheid`) ``objectIdentificatie`` is decoded typed; other types are kept as JSON in
/// ``BetrokkeneIdentificatie/other(type:_:)``.
public struct ZaakObject: Sendable, Hashable, Codable {
    /// The zaakobject's own URL.
    public var url: ZGWResourceURL<ZaakObject>
    /// Its UUID.
    public var uuid: UUID
    /// The zaak.
    public var zaak: ZGWResourceURL<Zaak>
    /// The object in another registration (URL).
    public var object: String?
    /// The zaakobjecttype in the Catalogi API (URL).
    public var zaakobjecttype: String?
    /// The kind of object (`adres`, `pand`, `natuurlijk_persoon`, `overige`, …).
    public var objectType: ZaakObjectType
    /// The kind of object when ``objectType`` is `overige`.
    public var objectTypeOverige: String?
    /// Where the `overige` object's definition lives.
    public var objectTypeOverigeDefinitie: ZGWJSONValue?
    /// How the object relates to the zaak.
    public var relatieomschrijving: String?
    /// The object's own data, in the shape of ``objectType``.
    public var objectIdentificatie: BetrokkeneIdentificatie?

    enum CodingKeys: String, CodingKey {
        case url, uuid, zaak, object, zaakobjecttype, objectType, objectTypeOverige, objectTypeOverigeDefinitie
        case relatieomschrijving, objectIdentificatie
    }

    /// Decodes a zaakobject, reading `objectIdentificatie` in the shape its `objectType` names.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        url = try c.decode(ZGWResourceURL<ZaakObject>.self, forKey: .url)
        uuid = try c.decode(UUID.self, forKey: .uuid)
        zaak = try c.decode(ZGWResourceURL<Zaak>.self, forKey: .zaak)
        object = try c.decodeIfPresent(String.self, forKey: .object)
        zaakobjecttype = try c.decodeIfPresent(String.self, forKey: .zaakobjecttype)
        objectType = try c.decode(ZaakObjectType.self, forKey: .objectType)
        objectTypeOverige = try c.decodeIfPresent(String.self, forKey: .objectTypeOverige)
        objectTypeOverigeDefinitie = try c.decodeIfPresent(ZGWJSONValue.self, forKey: .objectTypeOverigeDefinitie)
        relatieomschrijving = try c.decodeIfPresent(String.self, forKey: .relatieomschrijving)
        objectIdentificatie = try BetrokkeneIdentificatie.decode(objectType.rawValue, from: c, forKey: .objectIdentificatie)
    }

    /// Encodes the zaakobject with its official field names.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(url, forKey: .url)
        try c.encode(uuid, forKey: .uuid)
        try c.encode(zaak, forKey: .zaak)
        try ZaakObjectInput.encodeCommon(
            to: &c, object: object, zaakobjecttype: zaakobjecttype, objectType: objectType, objectTypeOverige: objectTypeOverige,
            objectTypeOverigeDefinitie: objectTypeOverigeDefinitie, relatieomschrijving: relatieomschrijving,
            objectIdentificatie: objectIdentificatie)
    }
}
