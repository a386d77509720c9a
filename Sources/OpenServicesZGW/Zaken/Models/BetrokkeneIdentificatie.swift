/// Who a rol (or a zaakobject about a party) is: the `betrokkeneIdentificatie` (`objectIdentificatie`),
/// whose shape depends on the `betrokkeneType`.
///
/// ```swift
/// if case .natuurlijkPersoon(let persoon) = rol.betrokkeneIdentificatie {
///     print(persoon.geslachtsnaam ?? "", persoon.inpBsn as Any)   // the BSN prints masked
/// }
/// ```
public enum BetrokkeneIdentificatie: Sendable, Hashable {
    /// A person.
    case natuurlijkPersoon(RolNatuurlijkPersoon)
    /// An organisation with legal personality.
    case nietNatuurlijkPersoon(RolNietNatuurlijkPersoon)
    /// A branch of a business.
    case vestiging(RolVestiging)
    /// A unit of the own organisation.
    case organisatorischeEenheid(RolOrganisatorischeEenheid)
    /// An employee.
    case medewerker(RolMedewerker)
    /// A type this SDK does not know (a newer provider's), kept as it came.
    case other(type: String, ZGWJSONValue)

    /// The `betrokkeneType` this identification belongs with.
    public var betrokkeneType: BetrokkeneType {
        switch self {
        case .natuurlijkPersoon: .natuurlijkPersoon
        case .nietNatuurlijkPersoon: .nietNatuurlijkPersoon
        case .vestiging: .vestiging
        case .organisatorischeEenheid: .organisatorischeEenheid
        case .medewerker: .medewerker
        case .other(let type, _): BetrokkeneType(rawValue: type)
        }
    }

    /// Decodes the identification under `key` in the shape `typeName` (a `betrokkeneType` or `objectType`) names; `nil` when absent or `null`.
    static func decode<Key: CodingKey>(
        _ typeName: String, from container: KeyedDecodingContainer<Key>, forKey key: Key
    ) throws -> BetrokkeneIdentificatie? {
        guard container.contains(key), try !container.decodeNil(forKey: key) else { return nil }
        switch BetrokkeneType(rawValue: typeName) {
        case .natuurlijkPersoon: return .natuurlijkPersoon(try container.decode(RolNatuurlijkPersoon.self, forKey: key))
        case .nietNatuurlijkPersoon: return .nietNatuurlijkPersoon(try container.decode(RolNietNatuurlijkPersoon.self, forKey: key))
        case .vestiging: return .vestiging(try container.decode(RolVestiging.self, forKey: key))
        case .organisatorischeEenheid: return .organisatorischeEenheid(try container.decode(RolOrganisatorischeEenheid.self, forKey: key))
        case .medewerker: return .medewerker(try container.decode(RolMedewerker.self, forKey: key))
        default: return .other(type: typeName, try container.decode(ZGWJSONValue.self, forKey: key))
        }
    }

    /// Encodes the identification's own fields under `key`.
    func encode<Key: CodingKey>(to container: inout KeyedEncodingContainer<Key>, forKey key: Key) throws {
        switch self {
        case .natuurlijkPersoon(let value): try container.encode(value, forKey: key)
        case .nietNatuurlijkPersoon(let value): try container.encode(value, forKey: key)
        case .vestiging(let value): try container.encode(value, forKey: key)
        case .organisatorischeEenheid(let value): try container.encode(value, forKey: key)
        case .medewerker(let value): try container.encode(value, forKey: key)
        case .other(_, let value): try container.encode(value, forKey: key)
        }
    }
}
