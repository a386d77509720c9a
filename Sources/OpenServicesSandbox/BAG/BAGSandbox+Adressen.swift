import Foundation
import HTTPTypes
import OpenServicesBAG
import OpenServicesCore

extension BAGSandbox {
    static let adressenParameters: Set<String> = [
        "zoekresultaatIdentificatie", "postcode", "huisnummer", "huisnummertoevoeging", "huisletter", "exacteMatch",
        "adresseerbaarObjectIdentificatie", "woonplaatsNaam", "openbareRuimteNaam", "pandIdentificatie", "expand", "page",
        "pageSize", "q", "inclusiefEindStatus",
    ]
    static let expandNames = ["openbareRuimte", "nummeraanduiding", "woonplaats", "adresseerbaarObject", "panden"]

    /// `GET /adressen` (bevraagAdressen).
    func searchAddresses(_ request: SandboxRequest) -> ServiceResponse {
        var invalid: [InvalidParameter] = []
        for item in request.query where !Self.adressenParameters.contains(item.name) {
            invalid.append(InvalidParameter(name: item.name, code: "unknownParam", reason: "Parameter is niet verwacht."))
        }
        let value = { (name: String) in request.queryValue(name) }
        func pattern(_ name: String, _ regex: String, _ reason: String) {
            if let text = value(name), text.range(of: regex, options: .regularExpression) == nil {
                invalid.append(InvalidParameter(name: name, code: "pattern", reason: reason))
            }
        }
        pattern("postcode", "^[1-9][0-9]{3} ?[a-zA-Z]{2}$", "Waarde voldoet niet aan patroon ^[1-9]{1}[0-9]{3}[ ]{0,1}[a-zA-Z]{2}$.")
        pattern("huisletter", "^[a-zA-Z]$", "Waarde voldoet niet aan patroon ^[a-zA-Z]{1}$.")
        pattern("huisnummertoevoeging", "^[0-9a-zA-Z]{1,4}$", "Waarde voldoet niet aan patroon ^[0-9a-zA-Z]{1,4}$.")
        pattern("adresseerbaarObjectIdentificatie", "^[0-9]{4}0[123][0-9]{10}$", "Waarde is geen geldige adresseerbaar object identificatie.")
        pattern("pandIdentificatie", "^[0-9]{4}10[0-9]{10}$", "Waarde voldoet niet aan patroon ^[0-9]{4}10[0-9]{10}$.")
        func integer(_ name: String, _ range: ClosedRange<Int>, default fallback: Int?) -> Int? {
            guard let text = value(name) else { return fallback }
            guard let number = Int(text) else {
                invalid.append(InvalidParameter(name: name, code: "integer", reason: "Waarde is geen geldige integer."))
                return fallback
            }
            if number < range.lowerBound {
                invalid.append(InvalidParameter(name: name, code: "minimum", reason: "Waarde is lager dan minimum \(range.lowerBound)."))
            } else if number > range.upperBound {
                invalid.append(InvalidParameter(name: name, code: "maximum", reason: "Waarde is hoger dan maximum \(range.upperBound)."))
            }
            return number
        }
        func boolean(_ name: String) -> Bool? {
            guard let text = value(name) else { return nil }
            guard let flag = Bool(text) else {
                invalid.append(InvalidParameter(name: name, code: "boolean", reason: "Waarde is geen geldige boolean."))
                return nil
            }
            return flag
        }
        let huisnummer = integer("huisnummer", 1...99_999, default: nil)
        let page = integer("page", 1...Int.max, default: 1) ?? 1
        let pageSize = integer("pageSize", 10...100, default: 20) ?? 20
        let exacteMatch = boolean("exacteMatch") ?? false
        _ = boolean("inclusiefEindStatus")
        if let q = value("q"), q.isEmpty || q.count > 255 {
            invalid.append(InvalidParameter(name: "q", code: "maxLength", reason: "Waarde moet 1 tot 255 tekens lang zijn."))
        }
        let expand = expansion(value("expand"), invalid: &invalid)
        guard invalid.isEmpty else {
            return problem(.badRequest, "Een of meerdere parameters zijn niet correct.", code: "paramsValidation", request, invalid: invalid)
        }

        let postcode = value("postcode")?.replacingOccurrences(of: " ", with: "").uppercased()
        let woonplaatsNaam = value("woonplaatsNaam"), openbareRuimteNaam = value("openbareRuimteNaam")
        let searches = [postcode, value("q"), value("adresseerbaarObjectIdentificatie"), value("pandIdentificatie"),
                        value("zoekresultaatIdentificatie"), woonplaatsNaam]
        guard searches.contains(where: { $0 != nil }) else {
            return problem(.badRequest, "Ten minste één parameter moet worden opgegeven.", code: "paramsRequired", request,
                           invalid: [InvalidParameter(name: "postcode", code: "required", reason: "Parameter is verplicht.")])
        }
        if postcode != nil, huisnummer == nil {
            return problem(.badRequest, "De combinatie van opgegeven parameters is niet toegestaan.", code: "paramsCombination", request,
                           invalid: [InvalidParameter(name: "huisnummer", code: "required", reason: "Parameter is verplicht bij postcode.")])
        }
        if (woonplaatsNaam == nil) != (openbareRuimteNaam == nil) {
            return problem(.badRequest, "De combinatie van opgegeven parameters is niet toegestaan.", code: "paramsCombination", request,
                           invalid: [InvalidParameter(
                               name: woonplaatsNaam == nil ? "woonplaatsNaam" : "openbareRuimteNaam", code: "required",
                               reason: "woonplaatsNaam en openbareRuimteNaam worden samen opgegeven.")])
        }

        let matches = data.records.filter { record in
            let address = record.address
            if let postcode, address.postcode != postcode { return false }
            if let huisnummer, address.huisnummer != huisnummer { return false }
            if !Self.matches(value("huisletter"), address.huisletter, exact: exacteMatch) { return false }
            if !Self.matches(value("huisnummertoevoeging"), address.huisnummertoevoeging, exact: exacteMatch) { return false }
            if let woonplaatsNaam, address.woonplaats.lowercased() != woonplaatsNaam.lowercased() { return false }
            if let openbareRuimteNaam, address.straat.lowercased() != openbareRuimteNaam.lowercased() { return false }
            if let id = value("adresseerbaarObjectIdentificatie"), address.adresseerbaarObjectIdentificatie != id { return false }
            if let id = value("pandIdentificatie"), address.pandIdentificatie != id { return false }
            if let id = value("zoekresultaatIdentificatie"), address.nummeraanduidingIdentificatie != id { return false }
            if let q = value("q"), !Self.matches(q: q, address) { return false }
            return true
        }
        let start = (page - 1) * pageSize
        let slice = start < matches.count ? Array(matches[start..<min(start + pageSize, matches.count)]) : []
        let lastPage = max(1, (matches.count + pageSize - 1) / pageSize)
        let base = request.baseURL + "/adressen?"
        func link(_ page: Int) -> HALLink { HALLink(href: base + BAGSandboxQuery.query(request.query, page: page)) }
        let links = HALLinks(
            selfLink: link(page), first: link(1), previous: page > 1 ? link(min(page - 1, lastPage)) : nil,
            next: page < lastPage ? link(page + 1) : nil, last: link(lastPage))
        let adressen = slice.map { adres($0, expand: expand, baseURL: request.baseURL) }
        let body = HALCollection(links: links, embedded: adressen.isEmpty ? nil : BAGAdressen(adressen: adressen))
        return hal(body, geometry: false, page: (page, pageSize))
    }

    /// `GET /adressen/{nummeraanduidingIdentificatie}`.
    func address(id: String, _ request: SandboxRequest) -> ServiceResponse {
        var invalid: [InvalidParameter] = []
        for item in request.query where !["expand", "inclusiefEindStatus"].contains(item.name) {
            invalid.append(InvalidParameter(name: item.name, code: "unknownParam", reason: "Parameter is niet verwacht."))
        }
        let expand = expansion(request.queryValue("expand"), invalid: &invalid)
        guard invalid.isEmpty else {
            return problem(.badRequest, "Een of meerdere parameters zijn niet correct.", code: "paramsValidation", request, invalid: invalid)
        }
        guard let record = data.record(nummeraanduiding: id) else {
            return problem(.notFound, "Opgevraagde resource bestaat niet.", code: "notFound", request)
        }
        return hal(adres(record, expand: expand, baseURL: request.baseURL), geometry: false)
    }

    /// The names in `expand` (`true` means all), or invalid parameters.
    func expansion(_ text: String?, invalid: inout [InvalidParameter]) -> Set<String> {
        guard let text, !text.isEmpty else { return [] }
        if text == "true" { return Set(Self.expandNames) }
        var names: Set<String> = []
        for name in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            let resource = String(name.split(separator: ".").first ?? "")
            guard Self.expandNames.contains(resource) else {
                invalid.append(InvalidParameter(name: "expand", code: "expandNotAllowed", reason: "Gevraagde resource \(name) kan niet worden meegeladen."))
                continue
            }
            names.insert(resource)
        }
        return names
    }

    /// Builds the HAL address of a record.
    func adres(_ record: BAGSandboxData.Record, expand: Set<String>, baseURL: String) -> BAGAdres {
        let address = record.address
        var regel5 = "\(address.straat) \(address.huisnummer)"
        if let letter = address.huisletter { regel5 += letter }
        if let addition = address.huisnummertoevoeging { regel5 += "-\(addition)" }
        func link(_ path: String) -> BAGLinkValue { .one(HALLink(href: baseURL + path)) }
        let links = BAGLinks([
            "self": link("/adressen/\(address.nummeraanduidingIdentificatie)"),
            "openbareRuimte": link("/openbareruimten/\(address.openbareRuimteIdentificatie)"),
            "nummeraanduiding": link("/nummeraanduidingen/\(address.nummeraanduidingIdentificatie)"),
            "woonplaats": link("/woonplaatsen/\(address.woonplaatsIdentificatie)"),
            "adresseerbaarObject": link("/adresseerbareobjecten/\(address.adresseerbaarObjectIdentificatie)"),
            "panden": .many([HALLink(href: baseURL + "/panden/\(address.pandIdentificatie)")]),
        ])
        var embedded: BAGAdresEmbedded?
        if !expand.isEmpty {
            embedded = BAGAdresEmbedded(
                openbareRuimte: expand.contains("openbareRuimte") ? openbareRuimteIO(address.openbareRuimteIdentificatie, baseURL) : nil,
                nummeraanduiding: expand.contains("nummeraanduiding") ? nummeraanduidingIO(record, baseURL) : nil,
                woonplaats: expand.contains("woonplaats") ? woonplaatsIO(address.woonplaatsIdentificatie, baseURL) : nil,
                adresseerbaarObject: expand.contains("adresseerbaarObject") ? adresseerbaarObject(record, baseURL) : nil,
                panden: expand.contains("panden") ? [pandIO(record, baseURL)] : nil)
        }
        return BAGAdres(
            openbareRuimteNaam: address.straat, korteNaam: address.korteStraatnaam, huisnummer: address.huisnummer,
            huisletter: address.huisletter, huisnummertoevoeging: address.huisnummertoevoeging, postcode: address.postcode,
            woonplaatsNaam: address.woonplaats, nummeraanduidingIdentificatie: address.nummeraanduidingIdentificatie,
            openbareRuimteIdentificatie: address.openbareRuimteIdentificatie,
            woonplaatsIdentificatie: address.woonplaatsIdentificatie,
            adresseerbaarObjectIdentificatie: address.adresseerbaarObjectIdentificatie,
            pandIdentificaties: [address.pandIdentificatie], indicatieNevenadres: false, adresregel5: regel5,
            adresregel6: "\(address.postcode)  \(address.woonplaats.uppercased())",
            geconstateerd: BAGAdresGeconstateerd(woonplaats: false, openbareRuimte: false, nummeraanduiding: false),
            _links: links, _embedded: embedded)
    }

    /// Whether an optional letter or addition matches: without `exacteMatch` an absent criterion matches anything.
    static func matches(_ criterion: String?, _ actual: String?, exact: Bool) -> Bool {
        guard let criterion else { return !exact || actual == nil }
        return criterion.lowercased() == actual?.lowercased()
    }

    /// Whether every word of `q` starts a word of the address (postcode, place, street, number, letter, addition).
    static func matches(q: String, _ address: SandboxAddress) -> Bool {
        var words = [address.postcode, address.woonplaats, String(address.huisnummer), address.huisletter ?? "",
                     address.huisnummertoevoeging ?? "", "\(address.huisnummer)\(address.huisletter ?? "")"]
        words += address.straat.split(separator: " ").map(String.init) + [address.straat]
        let haystack = words.map { $0.lowercased() }
        let terms = q.lowercased().split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        return !terms.isEmpty && terms.allSatisfy { term in
            haystack.contains { $0.hasPrefix(term) } || (term.count == 6 && address.postcode.lowercased() == term)
        }
    }
}
