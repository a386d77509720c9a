public import Foundation
public import OpenServicesCore

/// The read client of the Catalogi API 1.3.1 (ZTC): catalogussen, zaaktypen and the types that belong
/// to them (statustypen, roltypen, resultaattypen, eigenschappen), informatieobjecttypen and besluittypen.
///
/// Every list has a one-page form and an every-page form (a ``OpenServicesCore/PageSequence``), and a
/// ``CatalogiStatus`` filter: published types only unless asked otherwise.
///
/// ```swift
/// let catalogi = CatalogiClient(pipeline: pipeline, baseURL: URL(string: "https://openzaak.example.nl/catalogi/api/v1")!)
/// let zaaktype = try await catalogi.zaaktype(at: zaak.zaaktype)
/// let statustypen = try await catalogi.statustypen(zaaktype: zaaktype.url).results.sorted { $0.volgnummer < $1.volgnummer }
/// ```
public struct CatalogiClient: Sendable {
    /// The connection every call goes through (`api` is ``ZGWAPI/catalogi``).
    public let connection: ZGWConnection

    /// Creates a client.
    ///
    /// - Parameters:
    ///   - pipeline: The pipeline, with a ``OpenServicesCore/ZGWJWTProvider`` credential.
    ///   - baseURL: The API root, e.g. `https://openzaak.example.nl/catalogi/api/v1`.
    ///   - resourceRoots: Other roots the provider names its resources under; rewritten onto `baseURL`.
    public init(pipeline: Pipeline, baseURL: URL, resourceRoots: [URL] = []) {
        connection = ZGWConnection(api: .catalogi, pipeline: pipeline, baseURL: baseURL, resourceRoots: resourceRoots)
    }

    // MARK: catalogussen

    /// `GET /catalogussen`: one page, filtered by domain and RSIN.
    ///
    /// ```swift
    /// let catalogus = try await catalogi.catalogussen(domein: "ZAKEN").results.first
    /// ```
    public func catalogussen(domein: String? = nil, rsin: String? = nil, page: Int? = nil) async throws -> ZGWPage<Catalogus> {
        try await connection.collectionPage(
            "catalogussen", query: ZGWConnection.filters(("domein", domein), ("rsin", rsin)), page: page, operation: "catalogus_list", of: Catalogus.self)
    }

    /// `GET /catalogussen`, every page.
    ///
    /// ```swift
    /// for try await catalogus in catalogi.allCatalogussen().items(\.results) { print(catalogus.naam ?? catalogus.domein) }
    /// ```
    public func allCatalogussen(domein: String? = nil, rsin: String? = nil) -> PageSequence<ZGWPage<Catalogus>> {
        connection.collectionPages("catalogussen", query: ZGWConnection.filters(("domein", domein), ("rsin", rsin)), operation: "catalogus_list", of: Catalogus.self)
    }

    /// `GET /catalogussen/{uuid}`.
    ///
    /// ```swift
    /// let catalogus = try await catalogi.catalogus(uuid)
    /// ```
    public func catalogus(_ uuid: UUID) async throws -> Catalogus {
        try await connection.resource("catalogussen", uuid, operation: "catalogus_retrieve", as: Catalogus.self)
    }

    /// `GET` a catalogus by its URL.
    ///
    /// ```swift
    /// let catalogus = try await catalogi.catalogus(at: zaaktype.catalogus)
    /// ```
    public func catalogus(at url: ZGWResourceURL<Catalogus>) async throws -> Catalogus {
        try await read(url, in: "catalogussen", operation: "catalogus_retrieve")
    }

    // MARK: zaaktypen

    /// `GET /zaaktypen`: one page, filtered by catalogus, identification, keywords and status.
    ///
    /// ```swift
    /// let vergunningen = try await catalogi.zaaktypen(catalogus: catalogus.url, identificatie: "VERGUNNING")
    /// ```
    public func zaaktypen(
        catalogus: ZGWResourceURL<Catalogus>? = nil, identificatie: String? = nil, trefwoorden: [String]? = nil,
        status: CatalogiStatus? = nil, page: Int? = nil
    ) async throws -> ZGWPage<ZaakType> {
        try await connection.collectionPage(
            "zaaktypen", query: Self.zaaktypeFilters(catalogus, identificatie, trefwoorden, status), page: page,
            operation: "zaaktype_list", of: ZaakType.self)
    }

    /// `GET /zaaktypen`, every page.
    ///
    /// ```swift
    /// let alle = try await catalogi.allZaaktypen(status: .alles).collect().flatMap(\.results)
    /// ```
    public func allZaaktypen(
        catalogus: ZGWResourceURL<Catalogus>? = nil, identificatie: String? = nil, trefwoorden: [String]? = nil, status: CatalogiStatus? = nil
    ) -> PageSequence<ZGWPage<ZaakType>> {
        connection.collectionPages(
            "zaaktypen", query: Self.zaaktypeFilters(catalogus, identificatie, trefwoorden, status), operation: "zaaktype_list", of: ZaakType.self)
    }

    /// `GET /zaaktypen/{uuid}`.
    ///
    /// ```swift
    /// let zaaktype = try await catalogi.zaaktype(uuid)
    /// ```
    public func zaaktype(_ uuid: UUID) async throws -> ZaakType {
        try await connection.resource("zaaktypen", uuid, operation: "zaaktype_retrieve", as: ZaakType.self)
    }

    /// `GET` a zaaktype by its URL (as a zaak refers to it).
    ///
    /// ```swift
    /// let zaaktype = try await catalogi.zaaktype(at: zaak.zaaktype)
    /// ```
    public func zaaktype(at url: ZGWResourceURL<ZaakType>) async throws -> ZaakType {
        try await read(url, in: "zaaktypen", operation: "zaaktype_retrieve")
    }

    // MARK: shared plumbing

    /// `GET` a resource by URL after checking it points into `collection` of this API.
    func read<Item: Decodable>(_ url: ZGWResourceURL<Item>, in collection: String, operation: String) async throws -> Item {
        try await connection.get(try connection.resolve(url, in: collection, operation: operation), operation: operation, as: Item.self)
    }

    static func zaaktypeFilters(
        _ catalogus: ZGWResourceURL<Catalogus>?, _ identificatie: String?, _ trefwoorden: [String]?, _ status: CatalogiStatus?
    ) -> [(String, String)] {
        ZGWConnection.filters(
            ("catalogus", catalogus?.description), ("identificatie", identificatie),
            ("trefwoorden", trefwoorden?.joined(separator: ",")), ("status", status?.rawValue))
    }
}
