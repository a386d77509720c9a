public import Foundation
import HTTPTypes
public import OpenServicesCore

/// The client of the PDOK Locatieserver v3_1: the free geocoder, suggest, lookup and the reverse
/// geocoder. No credentials are needed.
///
/// Solr paging (`start`, `rows`) is checked before anything is sent: `rows` 1–100 (suggest:
/// 1–3000 as its schema says), `start` 0–10,000.
///
/// ```swift
/// let pdok = PDOKClient(pipeline: Pipeline(connector: HTTPConnector()),
///                       baseURL: URL(string: "https://api.pdok.nl/bzk/locatieserver/search/v3_1")!)
/// let result = try await pdok.free("Bolstraat 1 Utrecht", filters: ["type:adres"])
/// print(result.response.docs.first?.centroide_ll?.latitude ?? 0)
/// ```
public struct PDOKClient: PDOKClientProtocol {
    /// The pipeline every call goes through.
    public let pipeline: Pipeline
    /// The API root, e.g. `https://api.pdok.nl/bzk/locatieserver/search/v3_1`.
    public let baseURL: URL

    /// The service name in contexts, metrics and errors: `pdok`.
    public static let service = "pdok"
    /// The most rows `free`, `lookup` and `reverse` return at once.
    public static let maximumRows = 100
    /// The most rows `suggest` returns at once (its schema's maximum).
    public static let maximumSuggestRows = 3_000

    /// Creates a client.
    ///
    /// - Parameters:
    ///   - pipeline: The pipeline (the Locatieserver needs no credentials).
    ///   - baseURL: The API root, ending in `/bzk/locatieserver/search/v3_1`.
    public init(pipeline: Pipeline, baseURL: URL) {
        self.pipeline = pipeline
        self.baseURL = baseURL
    }

    /// `GET /free`: the free geocoder, one page.
    ///
    /// ```swift
    /// let result = try await pdok.free("Rotterdam", filters: ["type:adres"], fields: nil, start: 0, rows: 20, near: nil)
    /// print(result.response.numFound)
    /// ```
    ///
    /// - Parameters:
    ///   - q: The search terms (Solr syntax allowed).
    ///   - filters: Filter queries (`fq`), e.g. `type:adres` or `bron:BAG`.
    ///   - fields: The fields to return (`fl`); `nil` for the service's default.
    ///   - start: The 0-based index of the first result, at most 10,000.
    ///   - rows: The number of results, 1–100.
    ///   - near: Rank results by distance to this point.
    public func free(
        _ q: String, filters: [String], fields: [String]?, start: Int, rows: Int, near: PDOKLocation?
    ) async throws -> PDOKSearchResult {
        try Self.check(q: q, start: start, rows: rows, maximumRows: Self.maximumRows, operation: "free")
        let items = Self.searchItems(q, filters: filters, fields: fields, start: start, rows: rows, near: near)
        return try await get("/free", items, operation: "free", as: PDOKSearchResult.self)
    }

    /// `GET /free`, page after page until `numFound` (or `start` 10,000).
    ///
    /// ```swift
    /// for try await doc in try pdok.freePages("Rotterdam", filters: ["type:adres"], rows: 100).items {
    ///     print(doc.weergavenaam ?? "")
    /// }
    /// ```
    public func freePages(
        _ q: String, filters: [String] = [], fields: [String]? = nil, rows: Int = 100, near: PDOKLocation? = nil
    ) throws -> PageSequence<PDOKSearchResult> {
        try Self.check(q: q, start: 0, rows: rows, maximumRows: Self.maximumRows, operation: "free")
        return PageSequence(start: PageOffset(rows: rows), style: .solr()) { cursor in
            try await free(q, filters: filters, fields: fields, start: cursor.start, rows: cursor.rows, near: near)
        }
    }

    /// `GET /suggest`: suggestions while typing, with highlighting and spellcheck.
    ///
    /// ```swift
    /// let result = try await pdok.suggest("Wijnhavenk", filters: [], fields: nil, start: 0, rows: 5, near: nil)
    /// print(result.highlighting?.values.first?.suggest?.first ?? "")
    /// ```
    public func suggest(
        _ q: String, filters: [String], fields: [String]?, start: Int, rows: Int, near: PDOKLocation?
    ) async throws -> PDOKSuggestResult {
        try Self.check(q: q, start: start, rows: rows, maximumRows: Self.maximumSuggestRows, operation: "suggest")
        let items = Self.searchItems(q, filters: filters, fields: fields, start: start, rows: rows, near: near)
        return try await get("/suggest", items, operation: "suggest", as: PDOKSuggestResult.self)
    }

    /// `GET /lookup`: one document by its id (from `suggest` or `free`); `nil` when there is none.
    ///
    /// ```swift
    /// if let adres = try await pdok.lookup("adr-…", fields: nil) { print(adres.weergavenaam ?? "") }
    /// ```
    public func lookup(_ id: String, fields: [String]?) async throws -> PDOKDocument? {
        guard !id.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw OpenServicesError(
                .invalidInput, "The lookup id is empty.", remediation: "Pass the id of a document from suggest or free.",
                service: Self.service, operation: "lookup")
        }
        var items: [(String, String)] = [("id", id)]
        if let fields { items.append(("fl", fields.joined(separator: " "))) }
        return try await get("/lookup", items, operation: "lookup", as: PDOKSearchResult.self).response.docs.first
    }

    /// `GET /reverse`: the documents nearest to a point, nearest first, with `afstand` in metres.
    ///
    /// ```swift
    /// let result = try await pdok.reverse(.rijksdriehoek(x: 93_270, y: 436_880), types: [.adres], distance: 200, fields: nil, start: 0, rows: 5)
    /// print(result.response.docs.first?.afstand ?? 0)
    /// ```
    public func reverse(
        _ location: PDOKLocation, types: [PDOKDocumentType], distance: Int?, fields: [String]?, start: Int, rows: Int
    ) async throws -> PDOKSearchResult {
        try Self.check(q: nil, start: start, rows: rows, maximumRows: Self.maximumRows, operation: "reverse")
        var items = location.queryItems
        for type in types { items.append(("type", type.rawValue)) }
        if let distance { items.append(("distance", String(distance))) }
        if let fields { items.append(("fl", fields.joined(separator: " "))) }
        items += [("start", String(start)), ("rows", String(rows))]
        return try await get("/reverse", items, operation: "reverse", as: PDOKSearchResult.self)
    }

    static func searchItems(
        _ q: String, filters: [String], fields: [String]?, start: Int, rows: Int, near: PDOKLocation?
    ) -> [(String, String)] {
        var items: [(String, String)] = [("q", q)]
        if let near, case .wgs84 = near { items += near.queryItems }
        if let fields { items.append(("fl", fields.joined(separator: " "))) }
        for filter in filters { items.append(("fq", filter)) }
        items += [("start", String(start)), ("rows", String(rows))]
        return items
    }

    static func check(q: String?, start: Int, rows: Int, maximumRows: Int, operation: String) throws {
        func invalid(_ message: String, _ remediation: String) -> OpenServicesError {
            OpenServicesError(.invalidInput, message, remediation: remediation, service: service, operation: operation)
        }
        if let q, q.trimmingCharacters(in: .whitespaces).isEmpty {
            throw invalid("The search terms are empty.", "Give search terms, e.g. 'Bolstraat 1 Utrecht'.")
        }
        guard (1...maximumRows).contains(rows) else {
            throw invalid("rows \(rows) is outside 1–\(maximumRows) (rule: Locatieserver rows).", "Ask for fewer rows and page with start.")
        }
        guard (0...SolrPage<PDOKDocument>.maximumStart).contains(start) else {
            throw invalid("start \(start) is outside 0–10000 (rule: Locatieserver start).", "Narrow the search; the Locatieserver pages no further than 10,000.")
        }
    }

    /// Sends a GET through the pipeline and decodes the JSON answer.
    func get<T: Decodable>(_ path: String, _ items: [(String, String)], operation: String, as type: T.Type) async throws -> T {
        let context = OperationContext(service: Self.service, operation: operation)
        let url = OperationURL.make(baseURL, path: path, query: items)
        let response = try await pipeline.execute(
            ServiceRequest(method: .get, url: url, headerFields: [.accept: "application/json"]), context: context)
        return try await response.decode(T.self, context: context)
    }
}
