import Foundation
import OpenServicesCore

extension ZGWState {
    /// Resources per page, as Open Zaak pages.
    static let pageSize = 100

    /// `GET /{collection}` (and `POST /{collection}/_zoek` with the body's filters): filtered, then paged
    /// or as a plain array as the specification says.
    func list(
        _ resource: ZGWResource, _ call: ZGWCall, scope: (field: String, url: String)? = nil,
        filters given: [(name: String, value: String)]? = nil
    ) -> ServiceResponse {
        let query = given ?? call.query.filter { $0.name != "page" }
        var allowed = Set(resource.filters.keys).union(["expand"])
        if resource.collection == "zaken" { allowed.insert("ordering") }
        let unknown = query.map(\.name).filter { !allowed.contains($0) }
        if !unknown.isEmpty {
            return ZGWProblem.invalid(
                "nonFieldErrors", "unknown-parameters", "Onbekende query parameters: \(Set(unknown).sorted().joined(separator: ", "))")
        }
        let problems = query.compactMap { parameter in
            resource.filters[parameter.name].flatMap { queryProblem(parameter.name, parameter.value, $0.kind) }
        }
        if !problems.isEmpty { return ZGWProblem.invalid(problems) }
        var items = all(resource.collection)
        if let scope { items = items.filter { $0.text(scope.field) == scope.url } }
        for (name, filter) in resource.filters {
            guard let value = query.last(where: { $0.name == name })?.value ?? filter.defaultValue else { continue }
            items = items.filter { filter.matches(value, $0, self) }
        }
        if let ordering = query.last(where: { $0.name == "ordering" })?.value, !ordering.isEmpty {
            let descending = ordering.hasPrefix("-")
            let field = String(ordering.drop { $0 == "-" })
            items.sort { first, second in
                let (a, b) = (first[field]?.filterText ?? "", second[field]?.filterText ?? "")
                return descending ? a > b : a < b
            }
        }
        let results = items.map { rendered(resource.collection, $0) }
        guard resource.paged else { return call.json(.array(results)) }
        return page(results, call)
    }

    /// The page the `page` query parameter asks for (`count`, `next`, `previous`, `results`), or 404.
    func page(_ results: [ZGWJSON], _ call: ZGWCall) -> ServiceResponse {
        let text = call.request.queryValue("page") ?? "1"
        let pages = max(1, (results.count + Self.pageSize - 1) / Self.pageSize)
        guard let number = Int(text), number >= 1, number <= pages else {
            return ZGWProblem.notFound("Ongeldige pagina.")
        }
        func link(_ target: Int) -> ZGWJSON {
            guard target >= 1, target <= pages else { return .null }
            var components = URLComponents(string: call.request.baseURL + call.request.path)
            var items = call.request.query.filter { $0.name != "page" }.map { URLQueryItem(name: $0.name, value: $0.value) }
            items.append(URLQueryItem(name: "page", value: String(target)))
            components?.queryItems = items
            return components?.string.map(ZGWJSON.string) ?? .null
        }
        let slice = results.dropFirst((number - 1) * Self.pageSize).prefix(Self.pageSize)
        let body: ZGWJSON = [
            "count": .int(results.count), "next": link(number + 1), "previous": link(number - 1), "results": .array(Array(slice)),
        ]
        return ServiceResponse(status: .ok, headerFields: [.contentType: "application/json"], body: call.external(body).encoded())
    }

    /// The error for a query parameter value, `nil` when it is acceptable.
    func queryProblem(_ name: String, _ value: String, _ kind: ZGWFieldKind?) -> ZGWInvalidParam? {
        switch kind {
        case .url?:
            return ZGWURLs.isURL(value) ? nil : ZGWInvalidParam(name, "invalid", "Voer een geldige URL in.")
        case .date?:
            return ZGWDates.date(value) != nil ? nil
                : ZGWInvalidParam(name, "invalid", "Voer een geldige datum in (YYYY-MM-DD).")
        case .bool?:
            return ["true", "false"].contains(value) ? nil : ZGWInvalidParam(name, "invalid", "Kies true of false.")
        case .choice(let choices)?:
            return choices.contains(value) ? nil
                : ZGWInvalidParam(name, "invalid_choice", "Selecteer een geldige keuze. \(value) is geen beschikbare keuze.")
        default:
            return nil
        }
    }
}
