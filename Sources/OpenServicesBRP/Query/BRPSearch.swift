public import OpenServicesCore

/// A search for persons by (non-unique) identifying data: the Zoek-operations of `POST /personen`
/// that answer ``PersoonBeperkt``.
///
/// Parameter labels are the official parameter names. Deceased persons are left out unless
/// `inclusiefOverledenPersonen` is `true`. Text parameters are case-insensitive and accept a `*`
/// wildcard where the specification allows it.
///
/// ```swift
/// let found = try await brp.search(
///     .surnameAndBirthDate(geslachtsnaam: "Moulin", geboortedatum: "1985-12-01"),
///     fields: ["burgerservicenummer", "naam"])
/// ```
public enum BRPSearch: Sendable, Hashable {
    /// `ZoekMetGeslachtsnaamEnGeboortedatum`.
    case surnameAndBirthDate(
        geslachtsnaam: String, geboortedatum: String, geslacht: String? = nil, voorvoegsel: String? = nil,
        voornamen: String? = nil, inclusiefOverledenPersonen: Bool = false, gemeenteVanInschrijving: String? = nil)
    /// `ZoekMetNaamEnGemeenteVanInschrijving`.
    case nameAndMunicipality(
        geslachtsnaam: String, voornamen: String, gemeenteVanInschrijving: String, geslacht: String? = nil,
        voorvoegsel: String? = nil, inclusiefOverledenPersonen: Bool = false)
    /// `ZoekMetPostcodeEnHuisnummer`.
    case postcodeAndHouseNumber(
        postcode: Postcode, huisnummer: Int, huisletter: String? = nil, huisnummertoevoeging: String? = nil,
        geboortedatum: String? = nil, geslachtsnaam: String? = nil, inclusiefOverledenPersonen: Bool = false,
        gemeenteVanInschrijving: String? = nil)
    /// `ZoekMetStraatHuisnummerEnGemeenteVanInschrijving`.
    case streetHouseNumberAndMunicipality(
        straat: String, huisnummer: Int, gemeenteVanInschrijving: String, huisletter: String? = nil,
        huisnummertoevoeging: String? = nil, inclusiefOverledenPersonen: Bool = false)
    /// `ZoekMetNummeraanduidingIdentificatie`: everyone registered at a BAG nummeraanduiding.
    case nummeraanduiding(
        BAGIdentifier, inclusiefOverledenPersonen: Bool = false, gemeenteVanInschrijving: String? = nil)

    /// The official query type.
    public var type: BRPQueryType {
        switch self {
        case .surnameAndBirthDate: .zoekMetGeslachtsnaamEnGeboortedatum
        case .nameAndMunicipality: .zoekMetNaamEnGemeenteVanInschrijving
        case .postcodeAndHouseNumber: .zoekMetPostcodeEnHuisnummer
        case .streetHouseNumberAndMunicipality: .zoekMetStraatHuisnummerEnGemeenteVanInschrijving
        case .nummeraanduiding: .zoekMetNummeraanduidingIdentificatie
        }
    }

    /// The request body for this search, after checking every parameter against its official pattern.
    ///
    /// - Throws: ``OpenServicesError`` (`invalidInput`) naming the parameter and the rule it breaks.
    func body(fields: [BRPField]) throws -> PersonenQueryBody {
        var body = PersonenQueryBody(type: type, fields: fields)
        switch self {
        case let .surnameAndBirthDate(geslachtsnaam, geboortedatum, geslacht, voorvoegsel, voornamen, overleden, gemeente):
            body.geslachtsnaam = try Self.check("geslachtsnaam", geslachtsnaam, BRPParameterRules.geslachtsnaam)
            body.geboortedatum = try Self.checkDate("geboortedatum", geboortedatum)
            body.geslacht = try geslacht.map { try Self.check("geslacht", $0, BRPParameterRules.geslacht) }
            body.voorvoegsel = try voorvoegsel.map { try Self.check("voorvoegsel", $0, BRPParameterRules.voorvoegsel) }
            body.voornamen = try voornamen.map { try Self.check("voornamen", $0, BRPParameterRules.voornamenOptioneel) }
            body.inclusiefOverledenPersonen = overleden ? true : nil
            body.gemeenteVanInschrijving = try gemeente.map { try Self.check("gemeenteVanInschrijving", $0, BRPParameterRules.gemeenteVanInschrijving) }
        case let .nameAndMunicipality(geslachtsnaam, voornamen, gemeente, geslacht, voorvoegsel, overleden):
            body.geslachtsnaam = try Self.check("geslachtsnaam", geslachtsnaam, BRPParameterRules.geslachtsnaam)
            body.voornamen = try Self.check("voornamen", voornamen, BRPParameterRules.geslachtsnaam)
            body.gemeenteVanInschrijving = try Self.check("gemeenteVanInschrijving", gemeente, BRPParameterRules.gemeenteVanInschrijving)
            body.geslacht = try geslacht.map { try Self.check("geslacht", $0, BRPParameterRules.geslacht) }
            body.voorvoegsel = try voorvoegsel.map { try Self.check("voorvoegsel", $0, BRPParameterRules.voorvoegsel) }
            body.inclusiefOverledenPersonen = overleden ? true : nil
        case let .postcodeAndHouseNumber(postcode, huisnummer, huisletter, toevoeging, geboortedatum, geslachtsnaam, overleden, gemeente):
            body.postcode = postcode.value
            body.huisnummer = try Self.checkHuisnummer(huisnummer)
            body.huisletter = try huisletter.map { try Self.check("huisletter", $0, BRPParameterRules.huisletter) }
            body.huisnummertoevoeging = try toevoeging.map { try Self.check("huisnummertoevoeging", $0, BRPParameterRules.huisnummertoevoeging) }
            body.geboortedatum = try geboortedatum.map { try Self.checkDate("geboortedatum", $0) }
            body.geslachtsnaam = try geslachtsnaam.map { try Self.check("geslachtsnaam", $0, BRPParameterRules.geslachtsnaam) }
            body.inclusiefOverledenPersonen = overleden ? true : nil
            body.gemeenteVanInschrijving = try gemeente.map { try Self.check("gemeenteVanInschrijving", $0, BRPParameterRules.gemeenteVanInschrijving) }
        case let .streetHouseNumberAndMunicipality(straat, huisnummer, gemeente, huisletter, toevoeging, overleden):
            body.straat = try Self.check("straat", straat, BRPParameterRules.straat)
            body.huisnummer = try Self.checkHuisnummer(huisnummer)
            body.gemeenteVanInschrijving = try Self.check("gemeenteVanInschrijving", gemeente, BRPParameterRules.gemeenteVanInschrijving)
            body.huisletter = try huisletter.map { try Self.check("huisletter", $0, BRPParameterRules.huisletter) }
            body.huisnummertoevoeging = try toevoeging.map { try Self.check("huisnummertoevoeging", $0, BRPParameterRules.huisnummertoevoeging) }
            body.inclusiefOverledenPersonen = overleden ? true : nil
        case let .nummeraanduiding(identificatie, overleden, gemeente):
            guard identificatie.objectType == .nummeraanduiding else {
                throw Self.invalid("nummeraanduidingIdentificatie", "the identification of a nummeraanduiding, object type code 20")
            }
            body.nummeraanduidingIdentificatie = identificatie.value
            body.inclusiefOverledenPersonen = overleden ? true : nil
            body.gemeenteVanInschrijving = try gemeente.map { try Self.check("gemeenteVanInschrijving", $0, BRPParameterRules.gemeenteVanInschrijving) }
        }
        return body
    }

    static func check(_ name: String, _ value: String, _ pattern: String) throws -> String {
        guard BRPParameterRules.matches(value, pattern) else {
            throw invalid(name, "the value must match \(pattern)")
        }
        return value
    }

    static func checkDate(_ name: String, _ value: String) throws -> String {
        guard BRPParameterRules.isDate(value) else {
            throw invalid(name, "a complete, existing date written yyyy-MM-dd")
        }
        return value
    }

    static func checkHuisnummer(_ value: Int) throws -> Int {
        guard BRPParameterRules.huisnummer.contains(value) else {
            throw invalid("huisnummer", "a number from 1 to 99999")
        }
        return value
    }

    /// The value itself is never echoed: it may be personal data.
    static func invalid(_ name: String, _ rule: String) -> OpenServicesError {
        OpenServicesError(
            .invalidInput, "The BRP parameter \(name) is invalid (rule: \(rule)).",
            remediation: "Correct \(name); see the BRP Personen specification for its format.",
            service: "brp", operation: "personen.zoeken")
    }
}
