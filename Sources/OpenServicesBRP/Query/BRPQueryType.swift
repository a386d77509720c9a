/// The seven query types of `POST /personen`, named as the API names them in `type`.
public enum BRPQueryType: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Look up 1–20 persons by BSN; answers ``Persoon``.
    case raadpleegMetBurgerservicenummer = "RaadpleegMetBurgerservicenummer"
    /// Search by surname and date of birth; answers ``PersoonBeperkt``.
    case zoekMetGeslachtsnaamEnGeboortedatum = "ZoekMetGeslachtsnaamEnGeboortedatum"
    /// Search by surname, given names and municipality; answers ``PersoonBeperkt``.
    case zoekMetNaamEnGemeenteVanInschrijving = "ZoekMetNaamEnGemeenteVanInschrijving"
    /// Search by postcode and house number; answers ``PersoonBeperkt``.
    case zoekMetPostcodeEnHuisnummer = "ZoekMetPostcodeEnHuisnummer"
    /// Search by street, house number and municipality; answers ``PersoonBeperkt``.
    case zoekMetStraatHuisnummerEnGemeenteVanInschrijving = "ZoekMetStraatHuisnummerEnGemeenteVanInschrijving"
    /// Search by BAG nummeraanduiding identification; answers ``PersoonBeperkt``.
    case zoekMetNummeraanduidingIdentificatie = "ZoekMetNummeraanduidingIdentificatie"
    /// Search by BAG adresseerbaar object identification; answers ``GezagPersoonBeperkt``.
    case zoekMetAdresseerbaarObjectIdentificatie = "ZoekMetAdresseerbaarObjectIdentificatie"

    /// The official type name.
    public var description: String { rawValue }

    /// The operation name used in telemetry, policies and audit records.
    public var operation: String {
        self == .raadpleegMetBurgerservicenummer ? "personen.raadplegen" : "personen.zoeken"
    }

    /// The most persons a search may find before the service answers `tooManyResults`
    /// (30 for postcode and house number, 10 for the other searches); `nil` for a BSN lookup,
    /// which is bounded by its 20 BSNs.
    public var maximumResults: Int? {
        switch self {
        case .raadpleegMetBurgerservicenummer: nil
        case .zoekMetPostcodeEnHuisnummer: 30
        default: 10
        }
    }

    /// The fields that may be asked for with this query type.
    public var allowedFields: Set<String> {
        switch self {
        case .raadpleegMetBurgerservicenummer: BRPFieldRules.persoon
        case .zoekMetAdresseerbaarObjectIdentificatie: BRPFieldRules.gezagPersoonBeperkt
        default: BRPFieldRules.persoonBeperkt
        }
    }
}
