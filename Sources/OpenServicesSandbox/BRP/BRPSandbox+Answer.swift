import Foundation
import HTTPTypes
import OpenServicesBRP
import OpenServicesCore

extension BRPSandbox {
    /// Finds the persons, checks the maximum, and answers with each cut down to the requested fields.
    func answer(_ query: BRPSandboxQuery, instance: String) -> ServiceResponse {
        let found: [Persoon]
        if query.type == .raadpleegMetBurgerservicenummer {
            var seen = Set<String>()
            found = query.burgerservicenummers.filter { seen.insert($0).inserted }.compactMap { bsn in
                persons.first { $0.burgerservicenummer == bsn }
            }.filter { persoon in
                query.string("gemeenteVanInschrijving").map { persoon.gemeenteVanInschrijving?.code == $0 } ?? true
            }
        } else {
            found = persons.filter { matches($0, query) }
            if let maximum = query.type.maximumResults, found.count > maximum {
                return BRPSandboxProblem.tooManyResults(maximum).response(instance: instance)
            }
        }
        let personen = found.compactMap { render($0, for: query) }
        let body = BRPJSON.object(["type": .string(query.type.rawValue), "personen": .array(personen)])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(body) else {
            return SandboxResponses.problem(status: .internalServerError, title: "Interne server fout.", code: "serverError")
        }
        return ServiceResponse(status: .ok, headerFields: [.contentType: "application/json; charset=utf-8"], body: data)
    }

    /// Whether a person matches a search (case- and diacritic-insensitive, `*` wildcards).
    func matches(_ persoon: Persoon, _ query: BRPSandboxQuery) -> Bool {
        if persoon.overlijden != nil, !query.inclusiefOverledenPersonen { return false }
        if let gemeente = query.string("gemeenteVanInschrijving"), persoon.gemeenteVanInschrijving?.code != gemeente { return false }
        let naam = persoon.naam
        if let value = query.string("geslachtsnaam"), !Self.text(naam?.geslachtsnaam, matches: value) { return false }
        if let value = query.string("voornamen"), !Self.text(naam?.voornamen, matches: value) { return false }
        if let value = query.string("voorvoegsel"), Self.fold(naam?.voorvoegsel ?? "") != Self.fold(value) { return false }
        if let value = query.string("geslacht"), persoon.geslacht?.code != value.uppercased() { return false }
        if let value = query.string("geboortedatum") {
            guard case .datum(let geboren)? = persoon.geboorte?.datum, geboren.datum == value else { return false }
        }
        let addressKeys = ["postcode", "huisnummer", "straat", "nummeraanduidingIdentificatie", "adresseerbaarObjectIdentificatie"]
        guard addressKeys.contains(where: { query.parameters[$0] != nil }) else { return true }
        guard case .adres(let adres)? = persoon.verblijfplaats, let verblijfadres = adres.verblijfadres else { return false }
        if let value = query.string("postcode"),
           verblijfadres.postcode != value.replacingOccurrences(of: " ", with: "").uppercased() { return false }
        if let value = query.huisnummer, verblijfadres.huisnummer != value { return false }
        if let value = query.string("huisletter"), Self.fold(verblijfadres.huisletter ?? "") != Self.fold(value) { return false }
        if let value = query.string("huisnummertoevoeging"), Self.fold(verblijfadres.huisnummertoevoeging ?? "") != Self.fold(value) {
            return false
        }
        if let value = query.string("straat"),
           !Self.text(verblijfadres.officieleStraatnaam, matches: value), !Self.text(verblijfadres.korteStraatnaam, matches: value) {
            return false
        }
        if let value = query.string("nummeraanduidingIdentificatie"), adres.nummeraanduidingIdentificatie != value { return false }
        if let value = query.string("adresseerbaarObjectIdentificatie"), adres.adresseerbaarObjectIdentificatie != value { return false }
        return true
    }

    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// Compares with an optional leading or trailing `*` wildcard.
    static func text(_ value: String?, matches pattern: String) -> Bool {
        guard let value else { return false }
        let folded = fold(value)
        let pattern = fold(pattern)
        if pattern.hasSuffix("*") { return folded.hasPrefix(String(pattern.dropLast())) }
        if pattern.hasPrefix("*") { return folded.hasSuffix(String(pattern.dropFirst())) }
        return folded == pattern
    }

    /// The fields each answer type has, as paths into a complete ``Persoon``.
    static let projection: [BRPQueryType: [String]] = {
        let beperkt = [
            "burgerservicenummer", "geboorte.datum", "geslacht", "leeftijd",
            "naam.voornamen", "naam.adellijkeTitelPredicaat", "naam.voorvoegsel", "naam.geslachtsnaam", "naam.voorletters",
            "naam.volledigeNaam", "adressering.adresregel1", "adressering.adresregel2", "adressering.adresregel3",
            "adressering.land", "adressering.indicatieVastgesteldVerblijftNietOpAdres",
        ]
        var projection: [BRPQueryType: [String]] = [:]
        for type in BRPQueryType.allCases where type != .raadpleegMetBurgerservicenummer {
            projection[type] = type == .zoekMetAdresseerbaarObjectIdentificatie ? beperkt + ["gezag"] : beperkt
        }
        return projection
    }()

    /// One person as the answer carries it: the answer type's fields, cut to the requested ones, plus
    /// the automatically delivered fields.
    func render(_ persoon: Persoon, for query: BRPSandboxQuery) -> BRPJSON? {
        guard case .object(var complete)? = try? BRPJSON.from(persoon) else { return nil }
        if persoon.overlijden == nil, let leeftijd = BRPSandboxPersonBuilder.leeftijd(persoon.geboorte?.datum, today: today ?? Date()) {
            complete["leeftijd"] = .int(leeftijd)
        }
        if case .array(let relaties)? = complete["gezag"] {
            complete["gezag"] = .array(relaties.map(withCurrentAge))
        }
        var full = BRPJSON.object(complete)
        if let projection = Self.projection[query.type] {
            full = full.keeping(projection.map { $0.split(separator: ".").map(String.init) }) ?? .object([:])
        }
        let binnenland: Bool = switch persoon.verblijfplaats {
        case .adres?, .locatie?: true
        default: false
        }
        let paths: [[String]] = query.fields.compactMap { field in
            var parts = field.split(separator: ".").map(String.init)
            switch parts[0] {
            case "verblijfplaatsBinnenland":
                guard binnenland else { return nil }
                parts[0] = "verblijfplaats"
            case "adresseringBinnenland":
                guard persoon.verblijfplaats.map({ if case .verblijfplaatsBuitenland = $0 { false } else { true } }) ?? false else { return nil }
                parts[0] = "adressering"
            default:
                break
            }
            return parts
        }
        var result = full.keeping(paths)?.object ?? [:]
        if persoon.geheimhoudingPersoonsgegevens == true { result["geheimhoudingPersoonsgegevens"] = .bool(true) }
        for automatic in ["opschortingBijhouding", "rni", "verificatie"] {
            if let value = complete[automatic] { result[automatic] = value }
        }
        return .object(result)
    }

    /// A gezag relation with the minor's age computed on the sandbox's day.
    func withCurrentAge(_ relatie: BRPJSON) -> BRPJSON {
        guard case .object(var fields) = relatie, case .object(var minor)? = fields["minderjarige"],
              let bsn = minor["burgerservicenummer"]?.string
        else { return relatie }
        let born = persons.first { $0.burgerservicenummer == bsn }?.geboorte?.datum
        minor["leeftijd"] = BRPSandboxPersonBuilder.leeftijd(born, today: today ?? Date()).map { .int($0) }
        fields["minderjarige"] = .object(minor)
        return .object(fields)
    }
}
