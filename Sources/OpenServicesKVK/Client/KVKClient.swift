public import Foundation
import HTTPTypes
public import OpenServicesCore

/// The client of the KVK Handelsregister APIs: Zoeken v2, Basisprofiel v1 and Vestigingsprofiel v1.
///
/// KVK-nummers, vestigingsnummers, RSINs and postcodes are validated before anything is sent.
/// KVK's `{"fout": [...]}` errors arrive as ``OpenServicesError`` with the `IPD…` code in
/// `serviceError.code`.
///
/// ```swift
/// let pipeline = Pipeline(connector: HTTPConnector(), credentials: CredentialStage(try APIKeyProvider(header: "apikey", key: key)))
/// let kvk = KVKClient(pipeline: pipeline, baseURL: URL(string: "https://api.kvk.nl/api")!)
/// let profiel = try await kvk.basicProfile("69599084")
/// ```
public struct KVKClient: KVKClientProtocol {
    /// The pipeline every call goes through.
    public let pipeline: Pipeline
    /// The API root, e.g. `https://api.kvk.nl/api` (or `https://api.kvk.nl/test/api`).
    public let baseURL: URL

    /// The service name in contexts, metrics and errors: `kvk`.
    public static let service = "kvk"
    /// The page sizes Zoeken accepts (`resultatenPerPagina`): 1 to 100.
    public static let pageSizes = 1...100

    /// Creates a client.
    ///
    /// - Parameters:
    ///   - pipeline: The pipeline, with an `apikey` credential.
    ///   - baseURL: The API root, ending in `/api`.
    public init(pipeline: Pipeline, baseURL: URL) {
        self.pipeline = pipeline
        self.baseURL = baseURL
    }

    /// `GET /v2/zoeken`: one page of results.
    ///
    /// ```swift
    /// let page = try await kvk.search(KVKSearchQuery(naam: "Sandbox"), page: 1, resultsPerPage: 10)
    /// print(page.totaal ?? 0, page.resultaten.map { $0.naam ?? "" })
    /// ```
    ///
    /// - Throws: ``OpenServicesError`` (invalid input) for a query that breaks a rule, a page below 1
    ///   or above 1,000, or a page size outside 1–100; `notFound` when nothing matches (KVK answers 404).
    public func search(_ query: KVKSearchQuery, page: Int, resultsPerPage: Int) async throws -> KVKPage<KVKResultaatItem> {
        try query.validate()
        try Self.checkPaging(page: page, size: resultsPerPage)
        let items = query.queryItems + [("pagina", String(page)), ("resultatenPerPagina", String(resultsPerPage))]
        return try await get(OperationURL.make(baseURL, path: "/v2/zoeken", query: items), operation: "zoeken", as: KVKPage<KVKResultaatItem>.self)
    }

    /// `GET /v2/zoeken`, page after page until the last result or KVK's limit of 1,000.
    ///
    /// ```swift
    /// for try await item in try kvk.searchAll(KVKSearchQuery(plaats: "Rotterdam"), resultsPerPage: 100).items {
    ///     print(item.naam ?? "")
    /// }
    /// ```
    public func searchAll(_ query: KVKSearchQuery, resultsPerPage: Int) throws -> PageSequence<KVKPage<KVKResultaatItem>> {
        try query.validate()
        try Self.checkPaging(page: 1, size: resultsPerPage)
        return PageSequence(start: PageNumber(size: resultsPerPage), style: .kvk()) { cursor in
            try await search(query, page: cursor.number, resultsPerPage: cursor.size)
        }
    }

    /// `GET /v1/basisprofielen/{kvkNummer}`: the registration with its owner and main branch.
    ///
    /// ```swift
    /// let profiel = try await kvk.basicProfile("71000011", geoData: true)
    /// print(profiel.naam ?? "", profiel._embedded?.eigenaar?.rechtsvorm ?? "")
    /// ```
    public func basicProfile(_ kvkNummer: String, geoData: Bool) async throws -> KVKBasisprofiel {
        let number = try KVKNummer(kvkNummer)
        return try await get(profileURL(number, "", geoData: geoData), operation: "basisprofielen.raadplegen", as: KVKBasisprofiel.self)
    }

    /// `GET /v1/basisprofielen/{kvkNummer}/eigenaar`: the owner.
    ///
    /// ```swift
    /// let eigenaar = try await kvk.owner("71000011", geoData: false)
    /// ```
    public func owner(_ kvkNummer: String, geoData: Bool = false) async throws -> KVKEigenaar {
        let number = try KVKNummer(kvkNummer)
        return try await get(profileURL(number, "/eigenaar", geoData: geoData), operation: "basisprofielen.eigenaar", as: KVKEigenaar.self)
    }

    /// `GET /v1/basisprofielen/{kvkNummer}/hoofdvestiging`: the main branch.
    ///
    /// ```swift
    /// let hoofdvestiging = try await kvk.mainBranch("71000011", geoData: true)
    /// print(hoofdvestiging.adressen?.first?.geoData?.nummerAanduidingId ?? "")
    /// ```
    public func mainBranch(_ kvkNummer: String, geoData: Bool = false) async throws -> KVKVestiging {
        let number = try KVKNummer(kvkNummer)
        return try await get(profileURL(number, "/hoofdvestiging", geoData: geoData), operation: "basisprofielen.hoofdvestiging", as: KVKVestiging.self)
    }

    /// `GET /v1/basisprofielen/{kvkNummer}/vestigingen`: every branch.
    ///
    /// ```swift
    /// let lijst = try await kvk.branches("71000011")
    /// print(lijst.vestigingen?.compactMap(\.vestigingsnummer) ?? [])
    /// ```
    public func branches(_ kvkNummer: String) async throws -> KVKVestigingList {
        let number = try KVKNummer(kvkNummer)
        let url = OperationURL.make(baseURL, path: "/v1/basisprofielen/\(number.value)/vestigingen", query: [])
        return try await get(url, operation: "basisprofielen.vestigingen", as: KVKVestigingList.self)
    }

    /// `GET /v1/vestigingsprofielen/{vestigingsnummer}`: a branch, with BAG geo data when asked.
    ///
    /// ```swift
    /// let vestiging = try await kvk.branchProfile("000071000011", geoData: true)
    /// print(vestiging.eersteHandelsnaam ?? "")
    /// ```
    public func branchProfile(_ vestigingsnummer: String, geoData: Bool) async throws -> KVKVestiging {
        let number = try Vestigingsnummer(vestigingsnummer)
        let query = geoData ? [("geoData", "true")] : []
        let url = OperationURL.make(baseURL, path: "/v1/vestigingsprofielen/\(number.value)", query: query)
        return try await get(url, operation: "vestigingsprofielen.raadplegen", as: KVKVestiging.self)
    }

    private func profileURL(_ number: KVKNummer, _ suffix: String, geoData: Bool) -> URL {
        OperationURL.make(baseURL, path: "/v1/basisprofielen/\(number.value)\(suffix)", query: geoData ? [("geoData", "true")] : [])
    }

    static func checkPaging(page: Int, size: Int) throws {
        guard (1...1_000).contains(page) else {
            throw OpenServicesError(
                .invalidInput, "The page number \(page) is outside 1–1000 (rule: KVK pagina).",
                remediation: "KVK Zoeken shows at most 1,000 results; narrow the search.", service: service, operation: "zoeken")
        }
        guard pageSizes.contains(size) else {
            throw OpenServicesError(
                .invalidInput, "The page size \(size) is outside 1–100 (rule: KVK resultatenPerPagina).",
                remediation: "Ask for 1 to 100 results a page.", service: service, operation: "zoeken")
        }
    }

    /// Sends a GET through the pipeline and decodes the JSON answer.
    func get<T: Decodable>(_ url: URL, operation: String, as type: T.Type) async throws -> T {
        let context = OperationContext(service: Self.service, operation: operation)
        let request = ServiceRequest(method: .get, url: url, headerFields: [.accept: "application/json"])
        let response = try await pipeline.execute(request, context: context)
        return try await response.decode(T.self, context: context)
    }
}
