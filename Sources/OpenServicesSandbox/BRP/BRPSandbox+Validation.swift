import Foundation
import OpenServicesBRP
import OpenServicesCore

extension BRPSandbox {
    /// The required and optional parameters of each query type (besides `type`, `fields` and `gemeenteVanInschrijving`).
    static let parameters: [BRPQueryType: (required: [String], optional: [String])] = [
        .raadpleegMetBurgerservicenummer: (["burgerservicenummer"], []),
        .zoekMetGeslachtsnaamEnGeboortedatum: (
            ["geslachtsnaam", "geboortedatum"], ["inclusiefOverledenPersonen", "geslacht", "voorvoegsel", "voornamen"]),
        .zoekMetNaamEnGemeenteVanInschrijving: (
            ["geslachtsnaam", "voornamen", "gemeenteVanInschrijving"], ["inclusiefOverledenPersonen", "geslacht", "voorvoegsel"]),
        .zoekMetPostcodeEnHuisnummer: (
            ["postcode", "huisnummer"],
            ["inclusiefOverledenPersonen", "huisletter", "huisnummertoevoeging", "geboortedatum", "geslachtsnaam"]),
        .zoekMetStraatHuisnummerEnGemeenteVanInschrijving: (
            ["straat", "huisnummer", "gemeenteVanInschrijving"], ["inclusiefOverledenPersonen", "huisletter", "huisnummertoevoeging"]),
        .zoekMetNummeraanduidingIdentificatie: (["nummeraanduidingIdentificatie"], ["inclusiefOverledenPersonen"]),
        .zoekMetAdresseerbaarObjectIdentificatie: (["adresseerbaarObjectIdentificatie"], ["inclusiefOverledenPersonen"]),
    ]

    /// Checks a request body the way the BRP API does, collecting every broken rule.
    func validate(_ body: Data) -> Result<BRPSandboxQuery, BRPSandboxProblem> {
        guard let json = try? JSONDecoder().decode(BRPJSON.self, from: body), case .object(let object) = json else {
            return .failure(BRPSandboxProblem(
                title: "Een of meerdere parameters zijn niet correct.", code: "paramsValidation",
                detail: "De request body is geen geldig JSON object."))
        }
        guard let typeValue = object["type"] else {
            return .failure(.validation([InvalidParameter(name: "type", code: "required", reason: "Parameter is verplicht.")]))
        }
        guard let typeName = typeValue.string, let type = BRPQueryType(rawValue: typeName) else {
            return .failure(.validation([InvalidParameter(name: "type", code: "value", reason: "Waarde is geen geldig zoek type.")]))
        }
        let (required, optional) = Self.parameters[type] ?? ([], [])
        let missing = (["fields"] + required).filter { object[$0] == nil || object[$0] == .null }
        guard missing.isEmpty else { return .failure(.combination(missing)) }

        var invalid: [InvalidParameter] = []
        let known = Set(["type", "fields", "gemeenteVanInschrijving"] + required + optional)
        for name in object.keys.sorted() where !known.contains(name) {
            invalid.append(InvalidParameter(name: name, code: "unknownParam", reason: "Parameter is niet verwacht."))
        }
        var fields: [String] = []
        for (name, value) in object.sorted(by: { $0.key < $1.key }) where known.contains(name) && name != "type" {
            switch name {
            case "fields":
                let (paths, problems) = Self.checkFields(value, type: type)
                fields = paths
                invalid += problems
            case "burgerservicenummer":
                invalid += Self.checkBSNs(value)
            default:
                if let problem = Self.check(name, value, type: type) { invalid.append(problem) }
            }
        }
        guard invalid.isEmpty else { return .failure(.validation(invalid)) }
        return .success(BRPSandboxQuery(type: type, fields: fields, parameters: object))
    }

    static func checkFields(_ value: BRPJSON, type: BRPQueryType) -> ([String], [InvalidParameter]) {
        guard case .array(let items) = value else {
            return ([], [InvalidParameter(name: "fields", code: "array", reason: "Parameter is geen array.")])
        }
        guard !items.isEmpty else { return ([], [InvalidParameter(name: "fields", code: "minItems", reason: "Array bevat minder dan 1 items.")]) }
        guard items.count <= BRPFieldRules.maximumCount else {
            return ([], [InvalidParameter(name: "fields", code: "maxItems", reason: "Array bevat meer dan \(BRPFieldRules.maximumCount) items.")])
        }
        var problems: [InvalidParameter] = []
        var paths: [String] = []
        for (index, item) in items.enumerated() {
            let name = "fields[\(index)]"
            guard let path = item.string else {
                problems.append(InvalidParameter(name: name, code: "string", reason: "Waarde is geen string."))
                continue
            }
            switch BRPFieldRules.verdict(for: path, in: type) {
            case .allowed:
                paths.append(path)
            case .invalidSyntax:
                problems.append(InvalidParameter(name: name, code: "pattern", reason: "Waarde voldoet niet aan patroon ^[a-zA-Z0-9\\._]{1,200}$."))
            case .notAllowed:
                problems.append(InvalidParameter(name: name, code: "fields", reason: "Parameter bevat een niet toegestane veldnaam."))
            case .unknown:
                problems.append(InvalidParameter(name: name, code: "fields", reason: "Parameter bevat een niet bestaande veldnaam."))
            }
        }
        return (paths, problems)
    }

    static func checkBSNs(_ value: BRPJSON) -> [InvalidParameter] {
        guard case .array(let items) = value else {
            return [InvalidParameter(name: "burgerservicenummer", code: "array", reason: "Parameter is geen array.")]
        }
        guard !items.isEmpty else {
            return [InvalidParameter(name: "burgerservicenummer", code: "minItems", reason: "Array bevat minder dan 1 items.")]
        }
        guard items.count <= 20 else {
            return [InvalidParameter(name: "burgerservicenummer", code: "maxItems", reason: "Array bevat meer dan 20 items.")]
        }
        return items.enumerated().compactMap { index, item in
            guard let bsn = item.string, BRPParameterRules.matches(bsn, BRPParameterRules.burgerservicenummer) else {
                return InvalidParameter(
                    name: "burgerservicenummer[\(index)]", code: "pattern", reason: "Waarde voldoet niet aan patroon ^[0-9]{9}$.")
            }
            return nil
        }
    }

    static func check(_ name: String, _ value: BRPJSON, type: BRPQueryType) -> InvalidParameter? {
        switch name {
        case "inclusiefOverledenPersonen":
            if case .bool = value { return nil }
            return InvalidParameter(name: name, code: "boolean", reason: "Waarde is geen boolean.")
        case "huisnummer":
            guard case .int(let number) = value else {
                return InvalidParameter(name: name, code: "integer", reason: "Waarde is geen geldig getal.")
            }
            if number < BRPParameterRules.huisnummer.lowerBound {
                return InvalidParameter(name: name, code: "minimum", reason: "Waarde is lager dan minimum 1.")
            }
            if number > BRPParameterRules.huisnummer.upperBound {
                return InvalidParameter(name: name, code: "maximum", reason: "Waarde is hoger dan maximum 99999.")
            }
            return nil
        case "geboortedatum":
            guard let text = value.string, BRPParameterRules.isDate(text) else {
                return InvalidParameter(name: name, code: "date", reason: "Waarde is geen geldige datum.")
            }
            return nil
        default:
            let pattern: String = switch name {
            case "geslachtsnaam": BRPParameterRules.geslachtsnaam
            case "voornamen":
                type == .zoekMetNaamEnGemeenteVanInschrijving ? BRPParameterRules.geslachtsnaam : BRPParameterRules.voornamenOptioneel
            case "geslacht": BRPParameterRules.geslacht
            case "voorvoegsel": BRPParameterRules.voorvoegsel
            case "huisletter": BRPParameterRules.huisletter
            case "huisnummertoevoeging": BRPParameterRules.huisnummertoevoeging
            case "postcode": BRPParameterRules.postcode
            case "straat": BRPParameterRules.straat
            case "gemeenteVanInschrijving": BRPParameterRules.gemeenteVanInschrijving
            default: BRPParameterRules.bagIdentificatie
            }
            guard let text = value.string else {
                return InvalidParameter(name: name, code: "string", reason: "Waarde is geen string.")
            }
            guard BRPParameterRules.matches(text, pattern) else {
                return InvalidParameter(name: name, code: "pattern", reason: "Waarde voldoet niet aan patroon \(pattern).")
            }
            return nil
        }
    }
}
