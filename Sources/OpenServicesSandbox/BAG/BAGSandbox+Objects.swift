import Foundation
import HTTPTypes
import OpenServicesBAG
import OpenServicesCore

extension BAGSandbox {
    /// `GET /{resource}/{id}`.
    func object(_ resource: String, id: String, _ request: SandboxRequest) -> ServiceResponse {
        let rules: [String: (pattern: String, name: String)] = [
            "adressen": ("^[0-9]{4}20[0-9]{10}$", "nummeraanduidingIdentificatie"),
            "adresseerbareobjecten": ("^[0-9]{4}0[123][0-9]{10}$", "adresseerbaarObjectIdentificatie"),
            "verblijfsobjecten": ("^[0-9]{4}01[0-9]{10}$", "identificatie"),
            "panden": ("^[0-9]{4}10[0-9]{10}$", "identificatie"),
            "nummeraanduidingen": ("^[0-9]{4}20[0-9]{10}$", "nummeraanduidingIdentificatie"),
            "openbareruimten": ("^[0-9]{4}30[0-9]{10}$", "openbareRuimteIdentificatie"),
            "woonplaatsen": ("^([0-9]{3}[1-9]|[0-9]{2}[1-9][0-9]|[0-9][1-9][0-9]{2}|[1-9][0-9]{3})$", "identificatie"),
        ]
        guard let rule = rules[resource] else {
            return problem(.notFound, "Opgevraagde resource bestaat niet.", code: "notFound", request)
        }
        guard id.range(of: rule.pattern, options: .regularExpression) != nil else {
            return problem(
                .badRequest, "Een of meerdere parameters zijn niet correct.", code: "paramsValidation", request,
                invalid: [InvalidParameter(name: rule.name, code: "pattern", reason: "Waarde voldoet niet aan patroon \(rule.pattern).")])
        }
        if resource == "adressen" { return address(id: id, request) }
        let allowed: Set<String> = ["geldigOp", "beschikbaarOp", "expand", "huidig"]
        let unknown = request.query.filter { !allowed.contains($0.name) }
        guard unknown.isEmpty else {
            return problem(
                .badRequest, "Een of meerdere parameters zijn niet correct.", code: "paramsValidation", request,
                invalid: unknown.map { InvalidParameter(name: $0.name, code: "unknownParam", reason: "Parameter is niet verwacht.") })
        }
        let notFound = problem(.notFound, "Opgevraagde resource bestaat niet.", code: "notFound", request)
        let baseURL = request.baseURL
        switch resource {
        case "adresseerbareobjecten":
            return data.record(verblijfsobject: id).map { hal(adresseerbaarObject($0, baseURL), geometry: true) } ?? notFound
        case "verblijfsobjecten":
            return data.record(verblijfsobject: id).map { hal(verblijfsobjectIO($0, baseURL), geometry: true) } ?? notFound
        case "panden":
            return data.record(pand: id).map { hal(pandIO($0, baseURL), geometry: true) } ?? notFound
        case "nummeraanduidingen":
            return data.record(nummeraanduiding: id).map { hal(nummeraanduidingIO($0, baseURL), geometry: false) } ?? notFound
        case "openbareruimten":
            return openbareRuimteIO(id, baseURL).map { hal($0, geometry: false) } ?? notFound
        default:
            return woonplaatsIO(id, baseURL).map { hal($0, geometry: true) } ?? notFound
        }
    }

    func selfLinks(_ baseURL: String, _ path: String, _ more: [String: BAGLinkValue] = [:]) -> BAGLinks {
        var relations = more
        relations["self"] = .one(HALLink(href: baseURL + path))
        return BAGLinks(relations)
    }

    func nummeraanduidingIO(_ record: BAGSandboxData.Record, _ baseURL: String) -> BAGNummeraanduidingIO {
        let address = record.address
        return BAGNummeraanduidingIO(
            nummeraanduiding: record.nummeraanduiding,
            _links: selfLinks(baseURL, "/nummeraanduidingen/\(address.nummeraanduidingIdentificatie)", [
                "ligtAanOpenbareRuimte": .one(HALLink(href: baseURL + "/openbareruimten/\(address.openbareRuimteIdentificatie)")),
                "ligtInWoonplaats": .one(HALLink(href: baseURL + "/woonplaatsen/\(address.woonplaatsIdentificatie)")),
            ]))
    }

    func verblijfsobjectIO(_ record: BAGSandboxData.Record, _ baseURL: String) -> BAGVerblijfsobjectIO {
        let address = record.address
        return BAGVerblijfsobjectIO(
            verblijfsobject: record.verblijfsobject,
            _links: selfLinks(baseURL, "/verblijfsobjecten/\(address.adresseerbaarObjectIdentificatie)", [
                "heeftAlsHoofdAdres": .one(HALLink(href: baseURL + "/nummeraanduidingen/\(address.nummeraanduidingIdentificatie)")),
                "maaktDeelUitVan": .many([HALLink(href: baseURL + "/panden/\(address.pandIdentificatie)")]),
            ]))
    }

    func adresseerbaarObject(_ record: BAGSandboxData.Record, _ baseURL: String) -> BAGAdresseerbaarObject {
        BAGAdresseerbaarObject(
            _links: selfLinks(baseURL, "/adresseerbareobjecten/\(record.address.adresseerbaarObjectIdentificatie)"),
            verblijfsobject: verblijfsobjectIO(record, baseURL))
    }

    func pandIO(_ record: BAGSandboxData.Record, _ baseURL: String) -> BAGPandIO {
        BAGPandIO(pand: record.pand, _links: selfLinks(baseURL, "/panden/\(record.address.pandIdentificatie)"))
    }

    func openbareRuimteIO(_ id: String, _ baseURL: String) -> BAGOpenbareRuimteIO? {
        data.openbareRuimten[id].map { ruimte in
            BAGOpenbareRuimteIO(
                openbareRuimte: ruimte,
                _links: selfLinks(baseURL, "/openbareruimten/\(id)", [
                    "ligtInWoonplaats": .one(HALLink(href: baseURL + "/woonplaatsen/\(ruimte.ligtIn)")),
                ]))
        }
    }

    func woonplaatsIO(_ id: String, _ baseURL: String) -> BAGWoonplaatsIO? {
        data.woonplaatsen[id].map { BAGWoonplaatsIO(woonplaats: $0, _links: selfLinks(baseURL, "/woonplaatsen/\(id)")) }
    }
}
