public import Foundation
public import OpenServicesCore

/// The informatieobjecttypen and besluittypen of a catalogus.
extension CatalogiClient {
    // MARK: informatieobjecttypen

    /// `GET /informatieobjecttypen`: one page, filtered by catalogus and status.
    ///
    /// ```swift
    /// let soorten = try await catalogi.informatieobjecttypen(catalogus: catalogus.url).results.map(\.omschrijving)
    /// ```
    public func informatieobjecttypen(
        catalogus: ZGWResourceURL<Catalogus>? = nil, status: CatalogiStatus? = nil, page: Int? = nil
    ) async throws -> ZGWPage<InformatieObjectType> {
        try await connection.collectionPage(
            "informatieobjecttypen", query: ZGWConnection.filters(("catalogus", catalogus?.description), ("status", status?.rawValue)), page: page,
            operation: "informatieobjecttype_list", of: InformatieObjectType.self)
    }

    /// `GET /informatieobjecttypen`, every page.
    ///
    /// ```swift
    /// let alle = try await catalogi.allInformatieobjecttypen(status: .alles).collect().flatMap(\.results)
    /// ```
    public func allInformatieobjecttypen(
        catalogus: ZGWResourceURL<Catalogus>? = nil, status: CatalogiStatus? = nil
    ) -> PageSequence<ZGWPage<InformatieObjectType>> {
        connection.collectionPages(
            "informatieobjecttypen", query: ZGWConnection.filters(("catalogus", catalogus?.description), ("status", status?.rawValue)),
            operation: "informatieobjecttype_list", of: InformatieObjectType.self)
    }

    /// `GET /informatieobjecttypen/{uuid}`.
    ///
    /// ```swift
    /// let soort = try await catalogi.informatieobjecttype(uuid)
    /// ```
    public func informatieobjecttype(_ uuid: UUID) async throws -> InformatieObjectType {
        try await connection.resource("informatieobjecttypen", uuid, operation: "informatieobjecttype_retrieve", as: InformatieObjectType.self)
    }

    /// `GET` an informatieobjecttype by its URL.
    ///
    /// ```swift
    /// let soort = try await catalogi.informatieobjecttype(at: zaaktype.informatieobjecttypen[0])
    /// ```
    public func informatieobjecttype(at url: ZGWResourceURL<InformatieObjectType>) async throws -> InformatieObjectType {
        try await read(url, in: "informatieobjecttypen", operation: "informatieobjecttype_retrieve")
    }

    // MARK: besluittypen

    /// `GET /besluittypen`: one page, filtered by catalogus, zaaktype, informatieobjecttype and status.
    ///
    /// ```swift
    /// let besluiten = try await catalogi.besluittypen(zaaktypen: zaaktype.url).results
    /// ```
    public func besluittypen(
        catalogus: ZGWResourceURL<Catalogus>? = nil, zaaktypen: ZGWResourceURL<ZaakType>? = nil,
        informatieobjecttypen: ZGWResourceURL<InformatieObjectType>? = nil, status: CatalogiStatus? = nil, page: Int? = nil
    ) async throws -> ZGWPage<BesluitType> {
        try await connection.collectionPage(
            "besluittypen", query: Self.besluittypeFilters(catalogus, zaaktypen, informatieobjecttypen, status), page: page,
            operation: "besluittype_list", of: BesluitType.self)
    }

    /// `GET /besluittypen`, every page.
    ///
    /// ```swift
    /// let alle = try await catalogi.allBesluittypen(catalogus: catalogus.url).collect().flatMap(\.results)
    /// ```
    public func allBesluittypen(
        catalogus: ZGWResourceURL<Catalogus>? = nil, zaaktypen: ZGWResourceURL<ZaakType>? = nil,
        informatieobjecttypen: ZGWResourceURL<InformatieObjectType>? = nil, status: CatalogiStatus? = nil
    ) -> PageSequence<ZGWPage<BesluitType>> {
        connection.collectionPages(
            "besluittypen", query: Self.besluittypeFilters(catalogus, zaaktypen, informatieobjecttypen, status),
            operation: "besluittype_list", of: BesluitType.self)
    }

    /// `GET /besluittypen/{uuid}`.
    ///
    /// ```swift
    /// let besluittype = try await catalogi.besluittype(uuid)
    /// ```
    public func besluittype(_ uuid: UUID) async throws -> BesluitType {
        try await connection.resource("besluittypen", uuid, operation: "besluittype_retrieve", as: BesluitType.self)
    }

    /// `GET` a besluittype by its URL.
    ///
    /// ```swift
    /// let besluittype = try await catalogi.besluittype(at: zaaktype.besluittypen[0])
    /// ```
    public func besluittype(at url: ZGWResourceURL<BesluitType>) async throws -> BesluitType {
        try await read(url, in: "besluittypen", operation: "besluittype_retrieve")
    }

    static func besluittypeFilters(
        _ catalogus: ZGWResourceURL<Catalogus>?, _ zaaktypen: ZGWResourceURL<ZaakType>?,
        _ informatieobjecttypen: ZGWResourceURL<InformatieObjectType>?, _ status: CatalogiStatus?
    ) -> [(String, String)] {
        ZGWConnection.filters(
            ("catalogus", catalogus?.description), ("zaaktypen", zaaktypen?.description),
            ("informatieobjecttypen", informatieobjecttypen?.description), ("status", status?.rawValue))
    }
}
