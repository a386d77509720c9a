public import OpenServicesCore

/// The operations of the PDOK Locatieserver v3_1, so that a host app can substitute its own
/// implementation in tests.
///
/// ```swift
/// struct FakePDOK: PDOKClientProtocol { … }
/// ```
public protocol PDOKClientProtocol: Sendable {
    /// `GET /free`: the free geocoder, one page.
    func free(_ q: String, filters: [String], fields: [String]?, start: Int, rows: Int, near: PDOKLocation?) async throws -> PDOKSearchResult
    /// `GET /suggest`: suggestions while typing, with highlighting and spellcheck.
    func suggest(_ q: String, filters: [String], fields: [String]?, start: Int, rows: Int, near: PDOKLocation?) async throws -> PDOKSuggestResult
    /// `GET /lookup`: one document by id; `nil` when there is none.
    func lookup(_ id: String, fields: [String]?) async throws -> PDOKDocument?
    /// `GET /reverse`: the nearest documents to a point.
    func reverse(_ location: PDOKLocation, types: [PDOKDocumentType], distance: Int?, fields: [String]?, start: Int, rows: Int) async throws -> PDOKSearchResult
}

extension PDOKClientProtocol {
    /// The free geocoder: the first `rows` documents for `q`, filtered with `fq`.
    ///
    /// ```swift
    /// let result = try await pdok.free("Wijnhavenkade 12 Rotterdam", filters: ["type:adres"])
    /// ```
    public func free(_ q: String, filters: [String] = [], rows: Int = 10) async throws -> PDOKSearchResult {
        try await free(q, filters: filters, fields: nil, start: 0, rows: rows, near: nil)
    }

    /// Suggestions for `q`, the first `rows`.
    ///
    /// ```swift
    /// let result = try await pdok.suggest("Wijnhavenk")
    /// ```
    public func suggest(_ q: String, filters: [String] = [], rows: Int = 10) async throws -> PDOKSuggestResult {
        try await suggest(q, filters: filters, fields: nil, start: 0, rows: rows, near: nil)
    }

    /// One document by id, with the default fields.
    ///
    /// ```swift
    /// let adres = try await pdok.lookup("adr-…")
    /// ```
    public func lookup(_ id: String) async throws -> PDOKDocument? {
        try await lookup(id, fields: nil)
    }

    /// The nearest documents to a point, 10 of them.
    ///
    /// ```swift
    /// let result = try await pdok.reverse(.wgs84(latitude: 51.9166, longitude: 4.4862), types: [.adres])
    /// ```
    public func reverse(_ location: PDOKLocation, types: [PDOKDocumentType] = [], distance: Int? = nil) async throws -> PDOKSearchResult {
        try await reverse(location, types: types, distance: distance, fields: nil, start: 0, rows: 10)
    }
}
