public import OpenServicesCore

/// The operations of KVK Handelsregister Zoeken v2, Basisprofiel v1 and Vestigingsprofiel v1, so
/// that a host app can substitute its own implementation in tests.
///
/// ```swift
/// struct FakeKVK: KVKClientProtocol { … }
/// ```
public protocol KVKClientProtocol: Sendable {
    /// `GET /v2/zoeken`: one page of results.
    func search(_ query: KVKSearchQuery, page: Int, resultsPerPage: Int) async throws -> KVKPage<KVKResultaatItem>
    /// `GET /v2/zoeken`, page after page, at most 1,000 results.
    func searchAll(_ query: KVKSearchQuery, resultsPerPage: Int) throws -> PageSequence<KVKPage<KVKResultaatItem>>
    /// `GET /v1/basisprofielen/{kvkNummer}`.
    func basicProfile(_ kvkNummer: String, geoData: Bool) async throws -> KVKBasisprofiel
    /// `GET /v1/basisprofielen/{kvkNummer}/eigenaar`.
    func owner(_ kvkNummer: String, geoData: Bool) async throws -> KVKEigenaar
    /// `GET /v1/basisprofielen/{kvkNummer}/hoofdvestiging`.
    func mainBranch(_ kvkNummer: String, geoData: Bool) async throws -> KVKVestiging
    /// `GET /v1/basisprofielen/{kvkNummer}/vestigingen`.
    func branches(_ kvkNummer: String) async throws -> KVKVestigingList
    /// `GET /v1/vestigingsprofielen/{vestigingsnummer}`.
    func branchProfile(_ vestigingsnummer: String, geoData: Bool) async throws -> KVKVestiging
}

extension KVKClientProtocol {
    /// The first page of results, 10 a page.
    ///
    /// ```swift
    /// let page = try await kvk.search(KVKSearchQuery(naam: "Sandbox"))
    /// ```
    public func search(_ query: KVKSearchQuery) async throws -> KVKPage<KVKResultaatItem> {
        try await search(query, page: 1, resultsPerPage: 10)
    }

    /// Every result, 100 a page (KVK shows at most 1,000).
    ///
    /// ```swift
    /// let all = try await kvk.searchAll(KVKSearchQuery(plaats: "Rotterdam")).items.collect()
    /// ```
    public func searchAll(_ query: KVKSearchQuery) throws -> PageSequence<KVKPage<KVKResultaatItem>> {
        try searchAll(query, resultsPerPage: 100)
    }

    /// The Basisprofiel without BAG geo data.
    ///
    /// ```swift
    /// let profiel = try await kvk.basicProfile("71000011")
    /// ```
    public func basicProfile(_ kvkNummer: String) async throws -> KVKBasisprofiel {
        try await basicProfile(kvkNummer, geoData: false)
    }

    /// The Vestigingsprofiel without BAG geo data.
    ///
    /// ```swift
    /// let vestiging = try await kvk.branchProfile("000071000011")
    /// ```
    public func branchProfile(_ vestigingsnummer: String) async throws -> KVKVestiging {
        try await branchProfile(vestigingsnummer, geoData: false)
    }
}
