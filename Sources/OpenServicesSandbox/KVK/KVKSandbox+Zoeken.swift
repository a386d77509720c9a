import Foundation
import HTTPTypes
import OpenServicesKVK
import OpenServicesCore

extension KVKSandbox {
    static let zoekenParameters: Set<String> = [
        "kvkNummer", "rsin", "vestigingsnummer", "naam", "straatnaam", "plaats", "postcode", "huisnummer", "huisletter",
        "postbusnummer", "type", "inclusiefInactieveRegistraties", "pagina", "resultatenPerPagina",
    ]

    /// The Zoeken answer (`Resultaat`), with its `links` array.
    struct ZoekenAnswer: Encodable {
        var pagina: Int
        var resultatenPerPagina: Int
        var totaal: Int
        var vorige: String?
        var volgende: String?
        var resultaten: [KVKResultaatItem]
        var links: KVKLinks
    }

    /// `GET /v2/zoeken`.
    func search(_ request: SandboxRequest) -> ServiceResponse {
        if let error = unknownParameter(request, allowed: Self.zoekenParameters) { return error }
        let value = { (name: String) in request.queryValue(name) }
        func matches(_ name: String, _ regex: String) -> Bool {
            value(name).map { $0.range(of: regex, options: .regularExpression) != nil } ?? true
        }
        if !matches("kvkNummer", "^[0-9]{8}$") {
            return fout(.badRequest, "IPD0004", "Het KVK-nummer \(value("kvkNummer") ?? "") is niet valide.")
        }
        if !matches("vestigingsnummer", "^[0-9]{12}$") {
            return fout(.badRequest, "IPD0006", "Het vestigingsnummer \(value("vestigingsnummer") ?? "") is niet valide.")
        }
        for (name, regex) in [("rsin", "^[0-9]{9}$"), ("postcode", "^[0-9]{4}[a-zA-Z]{2}$"), ("huisnummer", "^[0-9]{1,5}$"),
                              ("huisletter", "^[a-zA-Z]$"), ("postbusnummer", "^[0-9]{1,5}$"),
                              ("pagina", "^[0-9]{1,9}$"), ("resultatenPerPagina", "^[0-9]{1,9}$")] where !matches(name, regex) {
            return fout(.badRequest, "IPD1999", "De waarde van parameter \(name) is niet valide.")
        }
        for type in request.queryValues("type").flatMap({ $0.split(separator: ",").map(String.init) })
        where !KVKResultaatType(rawValue: type).isKnown {
            return fout(.badRequest, "IPD1999", "Het type \(type) is niet valide; kies hoofdvestiging, nevenvestiging of rechtspersoon.")
        }
        if let text = value("inclusiefInactieveRegistraties"), Bool(text) == nil {
            return fout(.badRequest, "IPD1999", "De parameter inclusiefInactieveRegistraties moet true of false zijn.")
        }
        if value("postcode") != nil, value("huisnummer") == nil, value("postbusnummer") == nil {
            return fout(.badRequest, "IPD1999", "Op postcode mag alleen in combinatie met huisnummer of postbusnummer gezocht worden.")
        }
        if value("huisnummer") != nil || value("postbusnummer") != nil, value("postcode") == nil {
            return fout(.badRequest, "IPD1999", "Op huisnummer of postbusnummer mag alleen in combinatie met postcode gezocht worden.")
        }
        let pagina = value("pagina").flatMap { Int($0) } ?? 1
        let perPagina = value("resultatenPerPagina").flatMap { Int($0) } ?? 10
        guard (1...1_000).contains(pagina) else {
            return fout(.badRequest, "IPD1999", "Paginanummer moet minimaal 1 en maximaal 1000 zijn.")
        }
        guard (1...100).contains(perPagina) else {
            return fout(.badRequest, "IPD1999", "Het aantal resultaten per pagina moet minimaal 1 en maximaal 100 zijn.")
        }
        guard (pagina - 1) * perPagina < 1_000 else {
            return fout(.badRequest, "IPD1999", "De API Zoeken toont maximaal 1000 resultaten; verfijn de zoekopdracht.")
        }

        let found = results(request).filter { criteriaMatch($0, request) }
        guard !found.isEmpty else {
            return fout(.notFound, "IPD5200", "Geen resultaten gevonden.")
        }
        let shown = Array(found.prefix(1_000))
        let start = (pagina - 1) * perPagina
        let page = start < shown.count ? Array(shown[start..<min(start + perPagina, shown.count)]) : []
        let base = request.baseURL + "/v2/zoeken?"
        func link(_ number: Int) -> String { base + Self.pageQuery(request.query, pagina: number, perPagina: perPagina) }
        let body = ZoekenAnswer(
            pagina: pagina, resultatenPerPagina: perPagina, totaal: found.count,
            vorige: pagina > 1 ? link(pagina - 1) : nil,
            volgende: start + perPagina < shown.count ? link(pagina + 1) : nil,
            resultaten: page.map(\.item), links: KVKLinks([KVKLink(rel: "self", href: link(pagina))]))
        return answer(body, version: "2.0.0")
    }

    /// One searchable entry: a result item with the facts the criteria test.
    struct Entry {
        var item: KVKResultaatItem
        var company: KVKSandboxData.Company
        var branch: KVKSandboxData.Branch?
    }

    /// Every registration as Zoeken lists it: the legal entity (when it has an RSIN) and each branch.
    func results(_ request: SandboxRequest) -> [Entry] {
        var entries: [Entry] = []
        let root = request.baseURL
        for company in data.companies {
            let main = company.branches.first { $0.isMain }
            if company.rsin != nil {
                var links = [KVKLink(rel: "basisprofiel", href: root + "/v1/basisprofielen/\(company.kvkNummer)")]
                if let main { links.append(KVKLink(rel: "vestigingsprofiel", href: root + "/v1/vestigingsprofielen/\(main.vestigingsnummer)")) }
                entries.append(Entry(item: KVKResultaatItem(
                    kvkNummer: company.kvkNummer, rsin: company.rsin, naam: company.naam,
                    adres: main.map { Self.zoekAdres($0.address) }, type: .rechtspersoon,
                    actief: company.isActive ? "Ja" : "Nee", links: KVKLinks(links)), company: company, branch: nil))
            }
            for branch in company.branches {
                entries.append(Entry(item: KVKResultaatItem(
                    kvkNummer: company.kvkNummer, vestigingsnummer: branch.vestigingsnummer, naam: branch.naam,
                    adres: Self.zoekAdres(branch.address), type: branch.isMain ? .hoofdvestiging : .nevenvestiging,
                    actief: company.isActive ? "Ja" : "Nee",
                    links: KVKLinks([
                        KVKLink(rel: "basisprofiel", href: root + "/v1/basisprofielen/\(company.kvkNummer)"),
                        KVKLink(rel: "vestigingsprofiel", href: root + "/v1/vestigingsprofielen/\(branch.vestigingsnummer)"),
                    ])), company: company, branch: branch))
            }
        }
        return entries
    }

    func criteriaMatch(_ entry: Entry, _ request: SandboxRequest) -> Bool {
        let value = { (name: String) in request.queryValue(name) }
        let address = entry.branch?.address ?? entry.company.branches.first { $0.isMain }?.address
        if value("inclusiefInactieveRegistraties") != "true", !entry.company.isActive { return false }
        if let kvk = value("kvkNummer"), entry.company.kvkNummer != kvk { return false }
        if let rsin = value("rsin"), entry.company.rsin != rsin { return false }
        if let number = value("vestigingsnummer"), entry.branch?.vestigingsnummer != number { return false }
        if let naam = value("naam")?.lowercased() {
            let names = [entry.item.naam ?? "", entry.company.naam] + entry.company.handelsnamen
            if !names.contains(where: { $0.lowercased().contains(naam) }) { return false }
        }
        if let straat = value("straatnaam")?.lowercased(), !(address?.straat.lowercased().contains(straat) ?? false) { return false }
        if let plaats = value("plaats")?.lowercased(), address?.woonplaats.lowercased() != plaats { return false }
        if let postcode = value("postcode")?.uppercased(), address?.postcode != postcode { return false }
        if let huisnummer = value("huisnummer").flatMap({ Int($0) }), address?.huisnummer != huisnummer { return false }
        if let letter = value("huisletter")?.uppercased(), address?.huisletter?.uppercased() != letter { return false }
        if value("postbusnummer") != nil { return false }
        let types = request.queryValues("type").flatMap { $0.split(separator: ",").map(String.init) }
        if !types.isEmpty, !types.contains(entry.item.type?.rawValue ?? "") { return false }
        return true
    }

    static func zoekAdres(_ address: SandboxAddress) -> KVKZoekAdres {
        KVKZoekAdres(binnenlandsAdres: KVKBinnenlandsAdres(
            type: "bezoekadres", straatnaam: address.straat, huisnummer: address.huisnummer, huisletter: address.huisletter,
            postcode: address.postcode, plaats: address.woonplaats))
    }

    static func pageQuery(_ items: [(name: String, value: String)], pagina: Int, perPagina: Int) -> String {
        var items = items.filter { $0.name != "pagina" && $0.name != "resultatenPerPagina" }
        items += [(name: "pagina", value: String(pagina)), (name: "resultatenPerPagina", value: String(perPagina))]
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~,")
        return items.map {
            "\($0.name)=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed) ?? $0.value)"
        }.joined(separator: "&")
    }
}
