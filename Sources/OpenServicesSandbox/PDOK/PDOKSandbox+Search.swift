import Foundation
import HTTPTypes
import OpenServicesPDOK
import OpenServicesCore

extension PDOKSandbox {
    static let defaultFreeFields = [
        "id", "identificatie", "weergavenaam", "bron", "type", "subtype", "openbareruimte_id", "nwb_id", "openbareruimtetype",
        "straatnaam", "straatnaam_verkort", "adresseerbaarobject_id", "nummeraanduiding_id", "huisnummer", "huisletter",
        "huisnummertoevoeging", "huis_nlt", "postcode", "buurtnaam", "buurtcode", "wijknaam", "wijkcode", "woonplaatscode",
        "woonplaatsnaam", "gemeentecode", "gemeentenaam", "provinciecode", "provincienaam", "provincieafkorting",
        "kadastrale_gemeentecode", "kadastrale_gemeentenaam", "kadastrale_sectie", "perceelnummer", "kadastrale_grootte",
        "gekoppeld_perceel", "centroide_ll", "centroide_rd",
    ]
    static let defaultSuggestFields = ["id", "weergavenaam", "type", "score", "adrestype"]
    static let defaultReverseFields = ["id", "type", "weergavenaam", "score", "afstand"]
    static let defaultFilter = "type:(gemeente OR woonplaats OR weg OR postcode OR adres)"
    static let boosts: [String: Double] = ["provincie": 1.5, "gemeente": 1.5, "woonplaats": 1.5, "weg": 1.5, "postcode": 0.5, "adres": 1]
    static let fieldPattern = "^([a-z_\\*]+( |,|, )?)+$"

    /// A scored hit.
    struct Hit {
        var entry: PDOKSandboxData.Entry
        var fields: [String: Any]
        var score: Double
        var afstand: Double?
    }

    /// `GET /free` and `GET /suggest`.
    func search(_ request: SandboxRequest, suggest: Bool) -> ServiceResponse {
        let q = request.queryValue("q")
        if suggest, q == nil { return invalidParameter("q", "value is required but missing") }
        let start: Int, rows: Int
        switch integers(request, maximumRows: suggest ? 3_000 : 100) {
        case .success(let values): (start, rows) = values
        case .failure(let failure): return failure.response
        }
        if let failure = coordinates(request, ["lat", "lon"]) { return failure }
        if suggest, let failure = checkFieldList(request) { return failure }
        if let wt = request.queryValue("wt"), wt != "json" { return invalidParameter("wt", "value is not one of the allowed values [\"json\",\"xml\"] (the sandbox answers json only)") }
        let filters = request.queryValues("fq").isEmpty ? [Self.defaultFilter] : request.queryValues("fq")
        var hits: [Hit]
        switch filtered(filters) {
        case .success(let entries): hits = entries.map { Hit(entry: $0, fields: Self.fields(of: $0.document), score: 0) }
        case .failure(let failure): return failure.response
        }
        let terms = Self.terms(q)
        hits = hits.compactMap { hit in
            var hit = hit
            guard let score = Self.score(terms, hit.entry) else { return nil }
            hit.score = score * (Self.boosts[hit.entry.document.type?.rawValue ?? ""] ?? 1)
            return hit
        }
        hits.sort {
            if $0.score != $1.score { return $0.score > $1.score }
            if $0.entry.sortering != $1.entry.sortering { return $0.entry.sortering < $1.entry.sortering }
            return ($0.entry.document.weergavenaam ?? "") < ($1.entry.document.weergavenaam ?? "")
        }
        let fields = fieldList(request, default: suggest ? Self.defaultSuggestFields : Self.defaultFreeFields + ["score"])
        var body = responseBody(hits, start: start, rows: rows, fields: fields)
        if suggest {
            var highlighting: [String: Any] = [:]
            for hit in hits.dropFirst(start).prefix(rows) {
                if let id = hit.entry.document.id { highlighting[id] = ["suggest": [Self.highlight(hit.entry.document.weergavenaam ?? "", terms)]] }
            }
            body["highlighting"] = highlighting
            body["spellcheck"] = spellcheck(terms, found: !hits.isEmpty)
        }
        return Self.json(body)
    }

    /// `GET /lookup`.
    func lookup(_ request: SandboxRequest) -> ServiceResponse {
        guard let id = request.queryValue("id"), !id.isEmpty else { return invalidParameter("id", "value is required but missing") }
        if let failure = checkFieldList(request) { return failure }
        var entries: [PDOKSandboxData.Entry]
        switch filtered(request.queryValues("fq")) {
        case .success(let found): entries = found
        case .failure(let failure): return failure.response
        }
        entries = entries.filter { $0.document.id == id }
        let hits = entries.map { Hit(entry: $0, fields: Self.fields(of: $0.document), score: 1) }
        return Self.json(responseBody(hits, start: 0, rows: 1, fields: fieldList(request, default: Self.defaultFreeFields), maxScore: false))
    }

    /// `GET /reverse`.
    func reverse(_ request: SandboxRequest) -> ServiceResponse {
        let start: Int, rows: Int
        switch integers(request, maximumRows: 100) {
        case .success(let values): (start, rows) = values
        case .failure(let failure): return failure.response
        }
        if let failure = coordinates(request, ["X", "Y", "lat", "lon"]) { return failure }
        if let failure = checkFieldList(request) { return failure }
        var distance: Double?
        if let text = request.queryValue("distance") {
            guard let value = Int(text) else { return invalidParameter("distance", "value \(text): an invalid integer: invalid syntax") }
            distance = Double(value)
        }
        let number = { (name: String) in request.queryValue(name).flatMap(Double.init) }
        let measure: (PDOKDocument) -> Double?
        if let x = number("X"), let y = number("Y") {
            measure = { doc in doc.centroide_rd.map { ((($0.x - x) * ($0.x - x)) + (($0.y - y) * ($0.y - y))).squareRoot() } }
        } else if let lat = number("lat"), let lon = number("lon") {
            measure = { doc in doc.centroide_ll.map { Self.metres(lat, lon, $0.latitude, $0.longitude) } }
        } else {
            return solrError("Geef een coördinaat op met X en Y (RD) of met lat en lon (WGS84).")
        }
        let typeValues = request.queryValues("type").flatMap { $0.split(separator: ",").map(String.init) }
        for type in typeValues where type.range(of: "^[a-z_\\*]+$", options: .regularExpression) == nil {
            return invalidParameter("type", "string doesn't match the regular expression \"^([a-z_\\*]+(,)?)+$\"")
        }
        let types = typeValues.isEmpty ? ["adres"] : typeValues
        var entries: [PDOKSandboxData.Entry]
        switch filtered(request.queryValue("fq").map { [$0] } ?? []) {
        case .success(let found): entries = found
        case .failure(let failure): return failure.response
        }
        entries = entries.filter { types.contains("*") || types.contains($0.document.type?.rawValue ?? "") }
        var hits = entries.compactMap { entry -> Hit? in
            guard let afstand = measure(entry.document), distance.map({ afstand <= $0 }) ?? true else { return nil }
            let rounded = (afstand * 100).rounded() / 100
            return Hit(entry: entry, fields: Self.fields(of: entry.document), score: 1 / (1 + rounded), afstand: rounded)
        }
        hits.sort { ($0.afstand ?? 0, $0.entry.document.id ?? "") < ($1.afstand ?? 0, $1.entry.document.id ?? "") }
        return Self.json(responseBody(hits, start: start, rows: rows, fields: fieldList(request, default: Self.defaultReverseFields)))
    }

    // MARK: parameters

    func integers(_ request: SandboxRequest, maximumRows: Int) -> Result<(Int, Int), PDOKSandboxFailure> {
        var values = (start: 0, rows: 10)
        for (name, maximum) in [("start", 10_000), ("rows", maximumRows)] {
            guard let text = request.queryValue(name) else { continue }
            guard let value = Int(text) else {
                return .failure(PDOKSandboxFailure(response: invalidParameter(name, "value \(text): an invalid integer: invalid syntax")))
            }
            guard value <= maximum else {
                return .failure(PDOKSandboxFailure(response: invalidParameter(name, "number must be at most \(maximum)")))
            }
            guard value >= 0 else {
                return .failure(PDOKSandboxFailure(response: solrError("'\(name)' parameter cannot be negative")))
            }
            if name == "start" { values.start = value } else { values.rows = value }
        }
        return .success(values)
    }

    func coordinates(_ request: SandboxRequest, _ names: [String]) -> ServiceResponse? {
        for name in names {
            if let text = request.queryValue(name), Double(text) == nil {
                return invalidParameter(name, "value \(text): an invalid number: invalid syntax")
            }
        }
        return nil
    }

    func checkFieldList(_ request: SandboxRequest) -> ServiceResponse? {
        guard let fl = request.queryValue("fl"), fl.range(of: Self.fieldPattern, options: .regularExpression) == nil else { return nil }
        return invalidParameter("fl", "string doesn't match the regular expression \"\(Self.fieldPattern)\"")
    }

    func fieldList(_ request: SandboxRequest, default fields: [String]) -> [String] {
        guard let fl = request.queryValue("fl") else { return fields }
        return fl.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
    }

    /// The entries passing every filter query, or Solr's error for an unknown field.
    func filtered(_ filters: [String]) -> Result<[PDOKSandboxData.Entry], PDOKSandboxFailure> {
        var entries = data.entries
        for filter in filters where !filter.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let colon = filter.firstIndex(of: ":") else {
                return .failure(PDOKSandboxFailure(response: solrError("undefined field text")))
            }
            let field = String(filter[..<colon]).trimmingCharacters(in: .whitespaces)
            guard Self.knownFields.contains(field) else {
                return .failure(PDOKSandboxFailure(response: solrError("undefined field \(field)")))
            }
            let raw = filter[filter.index(after: colon)...].trimmingCharacters(in: CharacterSet(charactersIn: " ()\""))
            let accepted = raw.components(separatedBy: " OR ").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \"")).lowercased() }
            entries = entries.filter { entry in
                guard let value = Self.fields(of: entry.document)[field] else { return false }
                let text = "\(value)".lowercased()
                return accepted.contains("*") || accepted.contains(text)
            }
        }
        return .success(entries)
    }

    static let knownFields: Set<String> = Set(defaultFreeFields + ["adrestype", "geometrie_ll", "geometrie_rd", "score", "afstand", "sortering", "tekst", "suggest"])

    // MARK: answers

    func responseBody(_ hits: [Hit], start: Int, rows: Int, fields: [String], maxScore: Bool = true) -> [String: Any] {
        let page = hits.dropFirst(start).prefix(rows)
        let all = fields.contains("*")
        let docs: [[String: Any]] = page.map { hit in
            var values = hit.fields
            values["score"] = hit.score
            if let afstand = hit.afstand { values["afstand"] = afstand }
            return all ? values : values.filter { fields.contains($0.key) }
        }
        var response: [String: Any] = ["numFound": hits.count, "start": start, "numFoundExact": true, "docs": docs]
        if maxScore, let best = hits.map(\.score).max() { response["maxScore"] = best }
        return ["response": response]
    }

    static func json(_ body: [String: Any]) -> ServiceResponse {
        let data = (try? JSONSerialization.data(withJSONObject: body, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return ServiceResponse(status: .ok, headerFields: [.contentType: "application/json"], body: data)
    }

    /// The document's fields as JSON values, by official name.
    static func fields(of document: PDOKDocument) -> [String: Any] {
        guard let data = try? SandboxResponses.encoder().encode(document),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return [:] }
        return object
    }

    // MARK: matching

    static func terms(_ q: String?) -> [String] {
        guard let q else { return [] }
        let cleaned = q.lowercased().map { "()\"".contains($0) ? " " : $0 }
        return String(cleaned).split(whereSeparator: { $0 == " " || $0 == "," })
            .map(String.init).filter { !["and", "or", "*", "*:*"].contains($0) }
    }

    /// The relevance of an entry for the terms, or `nil` when a term matches none of its words.
    static func score(_ terms: [String], _ entry: PDOKSandboxData.Entry) -> Double? {
        var score = 1.0
        for term in terms {
            if term.contains(":") {
                let parts = term.split(separator: ":", maxSplits: 1).map(String.init)
                guard parts.count == 2, let value = fields(of: entry.document)[parts[0]], "\(value)".lowercased() == parts[1] else { return nil }
                score += 2
            } else if entry.words.contains(term) {
                score += 2
            } else if entry.words.contains(where: { $0.hasPrefix(term) }) {
                score += 1
            } else {
                return nil
            }
        }
        return (score / Double(max(1, entry.words.count)) * 10 * 1000).rounded() / 1000
    }

    static func highlight(_ text: String, _ terms: [String]) -> String {
        text.split(separator: " ", omittingEmptySubsequences: false).map { word in
            let bare = word.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ","))
            return terms.contains(where: { !$0.isEmpty && bare.hasPrefix($0) }) ? "<b>\(word)</b>" : String(word)
        }.joined(separator: " ")
    }

    func spellcheck(_ terms: [String], found: Bool) -> [String: Any] {
        guard !found, !terms.isEmpty else { return ["suggestions": [Any](), "collations": [Any]()] }
        let vocabulary = Set(data.entries.flatMap(\.words))
        var suggestions: [Any] = []
        var corrected = terms
        var offset = 0
        for (index, term) in terms.enumerated() {
            defer { offset += term.count + 1 }
            guard !vocabulary.contains(where: { $0.hasPrefix(term) }) else { continue }
            let best = vocabulary.map { ($0, Self.distance(term, $0)) }.filter { $0.1 <= 2 }.min { ($0.1, $0.0) < ($1.1, $1.0) }
            guard let best else { continue }
            suggestions.append(term)
            suggestions.append(["numFound": 1, "startOffset": offset, "endOffset": offset + term.count, "suggestion": [best.0]] as [String: Any])
            corrected[index] = best.0
        }
        let collations: [Any] = suggestions.isEmpty ? [] : ["collation", corrected.joined(separator: " ")]
        return ["suggestions": suggestions, "collations": collations]
    }

    /// The Levenshtein distance.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// The great-circle distance in metres.
    static func metres(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let radius = 6_371_000.0, rad = Double.pi / 180
        let dLat = (lat2 - lat1) * rad, dLon = (lon2 - lon1) * rad
        let h = sin(dLat / 2) * sin(dLat / 2) + cos(lat1 * rad) * cos(lat2 * rad) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * radius * asin(min(1, h.squareRoot()))
    }
}

/// An error answer carried through a `Result`.
struct PDOKSandboxFailure: Error {
    let response: ServiceResponse
}
