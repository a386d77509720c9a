public import Foundation
public import OpenServicesCore

/// The types that belong to a zaaktype: statustypen, roltypen, resultaattypen and eigenschappen.
extension CatalogiClient {
    // MARK: statustypen

    /// `GET /statustypen`: one page, filtered by zaaktype and status.
    ///
    /// ```swift
    /// let stappen = try await catalogi.statustypen(zaaktype: zaaktype.url).results.sorted { $0.volgnummer < $1.volgnummer }
    /// ```
    public func statustypen(
        zaaktype: ZGWResourceURL<ZaakType>? = nil, status: CatalogiStatus? = nil, page: Int? = nil
    ) async throws -> ZGWPage<StatusType> {
        try await connection.collectionPage(
            "statustypen", query: ZGWConnection.filters(("zaaktype", zaaktype?.description), ("status", status?.rawValue)), page: page,
            operation: "statustype_list", of: StatusType.self)
    }

    /// `GET /statustypen`, every page.
    ///
    /// ```swift
    /// let alle = try await catalogi.allStatustypen(zaaktype: zaaktype.url).collect().flatMap(\.results)
    /// ```
    public func allStatustypen(zaaktype: ZGWResourceURL<ZaakType>? = nil, status: CatalogiStatus? = nil) -> PageSequence<ZGWPage<StatusType>> {
        connection.collectionPages(
            "statustypen", query: ZGWConnection.filters(("zaaktype", zaaktype?.description), ("status", status?.rawValue)),
            operation: "statustype_list", of: StatusType.self)
    }

    /// `GET /statustypen/{uuid}`.
    ///
    /// ```swift
    /// let statustype = try await catalogi.statustype(uuid)
    /// ```
    public func statustype(_ uuid: UUID) async throws -> StatusType {
        try await connection.resource("statustypen", uuid, operation: "statustype_retrieve", as: StatusType.self)
    }

    /// `GET` a statustype by its URL.
    ///
    /// ```swift
    /// let statustype = try await catalogi.statustype(at: status.statustype)
    /// ```
    public func statustype(at url: ZGWResourceURL<StatusType>) async throws -> StatusType {
        try await read(url, in: "statustypen", operation: "statustype_retrieve")
    }

    // MARK: roltypen

    /// `GET /roltypen`: one page, filtered by zaaktype, generic role and status.
    ///
    /// ```swift
    /// let initiator = try await catalogi.roltypen(zaaktype: zaaktype.url, omschrijvingGeneriek: .initiator).results.first
    /// ```
    public func roltypen(
        zaaktype: ZGWResourceURL<ZaakType>? = nil, omschrijvingGeneriek: RolOmschrijvingGeneriek? = nil, status: CatalogiStatus? = nil,
        page: Int? = nil
    ) async throws -> ZGWPage<RolType> {
        try await connection.collectionPage(
            "roltypen", query: Self.roltypeFilters(zaaktype, omschrijvingGeneriek, status), page: page, operation: "roltype_list", of: RolType.self)
    }

    /// `GET /roltypen`, every page.
    ///
    /// ```swift
    /// let alle = try await catalogi.allRoltypen(zaaktype: zaaktype.url).collect().flatMap(\.results)
    /// ```
    public func allRoltypen(
        zaaktype: ZGWResourceURL<ZaakType>? = nil, omschrijvingGeneriek: RolOmschrijvingGeneriek? = nil, status: CatalogiStatus? = nil
    ) -> PageSequence<ZGWPage<RolType>> {
        connection.collectionPages("roltypen", query: Self.roltypeFilters(zaaktype, omschrijvingGeneriek, status), operation: "roltype_list", of: RolType.self)
    }

    /// `GET /roltypen/{uuid}`.
    ///
    /// ```swift
    /// let roltype = try await catalogi.roltype(uuid)
    /// ```
    public func roltype(_ uuid: UUID) async throws -> RolType {
        try await connection.resource("roltypen", uuid, operation: "roltype_retrieve", as: RolType.self)
    }

    /// `GET` a roltype by its URL.
    ///
    /// ```swift
    /// let roltype = try await catalogi.roltype(at: rol.roltype)
    /// ```
    public func roltype(at url: ZGWResourceURL<RolType>) async throws -> RolType {
        try await read(url, in: "roltypen", operation: "roltype_retrieve")
    }

    // MARK: resultaattypen

    /// `GET /resultaattypen`: one page, filtered by zaaktype and status.
    ///
    /// ```swift
    /// let uitkomsten = try await catalogi.resultaattypen(zaaktype: zaaktype.url).results.map(\.omschrijving)
    /// ```
    public func resultaattypen(
        zaaktype: ZGWResourceURL<ZaakType>? = nil, status: CatalogiStatus? = nil, page: Int? = nil
    ) async throws -> ZGWPage<ResultaatType> {
        try await connection.collectionPage(
            "resultaattypen", query: ZGWConnection.filters(("zaaktype", zaaktype?.description), ("status", status?.rawValue)), page: page,
            operation: "resultaattype_list", of: ResultaatType.self)
    }

    /// `GET /resultaattypen`, every page.
    ///
    /// ```swift
    /// let alle = try await catalogi.allResultaattypen(zaaktype: zaaktype.url).collect().flatMap(\.results)
    /// ```
    public func allResultaattypen(zaaktype: ZGWResourceURL<ZaakType>? = nil, status: CatalogiStatus? = nil) -> PageSequence<ZGWPage<ResultaatType>> {
        connection.collectionPages(
            "resultaattypen", query: ZGWConnection.filters(("zaaktype", zaaktype?.description), ("status", status?.rawValue)),
            operation: "resultaattype_list", of: ResultaatType.self)
    }

    /// `GET /resultaattypen/{uuid}`.
    ///
    /// ```swift
    /// let resultaattype = try await catalogi.resultaattype(uuid)
    /// ```
    public func resultaattype(_ uuid: UUID) async throws -> ResultaatType {
        try await connection.resource("resultaattypen", uuid, operation: "resultaattype_retrieve", as: ResultaatType.self)
    }

    /// `GET` a resultaattype by its URL.
    ///
    /// ```swift
    /// let resultaattype = try await catalogi.resultaattype(at: resultaat.resultaattype)
    /// ```
    public func resultaattype(at url: ZGWResourceURL<ResultaatType>) async throws -> ResultaatType {
        try await read(url, in: "resultaattypen", operation: "resultaattype_retrieve")
    }

    // MARK: eigenschappen

    /// `GET /eigenschappen`: one page, filtered by zaaktype and status.
    ///
    /// ```swift
    /// let eigenschappen = try await catalogi.eigenschappen(zaaktype: zaaktype.url).results
    /// ```
    public func eigenschappen(
        zaaktype: ZGWResourceURL<ZaakType>? = nil, status: CatalogiStatus? = nil, page: Int? = nil
    ) async throws -> ZGWPage<Eigenschap> {
        try await connection.collectionPage(
            "eigenschappen", query: ZGWConnection.filters(("zaaktype", zaaktype?.description), ("status", status?.rawValue)), page: page,
            operation: "eigenschap_list", of: Eigenschap.self)
    }

    /// `GET /eigenschappen`, every page.
    ///
    /// ```swift
    /// let alle = try await catalogi.allEigenschappen(zaaktype: zaaktype.url).collect().flatMap(\.results)
    /// ```
    public func allEigenschappen(zaaktype: ZGWResourceURL<ZaakType>? = nil, status: CatalogiStatus? = nil) -> PageSequence<ZGWPage<Eigenschap>> {
        connection.collectionPages(
            "eigenschappen", query: ZGWConnection.filters(("zaaktype", zaaktype?.description), ("status", status?.rawValue)),
            operation: "eigenschap_list", of: Eigenschap.self)
    }

    /// `GET /eigenschappen/{uuid}`.
    ///
    /// ```swift
    /// let eigenschap = try await catalogi.eigenschap(uuid)
    /// ```
    public func eigenschap(_ uuid: UUID) async throws -> Eigenschap {
        try await connection.resource("eigenschappen", uuid, operation: "eigenschap_retrieve", as: Eigenschap.self)
    }

    /// `GET` an eigenschap by its URL.
    ///
    /// ```swift
    /// let eigenschap = try await catalogi.eigenschap(at: waarde.eigenschap)
    /// ```
    public func eigenschap(at url: ZGWResourceURL<Eigenschap>) async throws -> Eigenschap {
        try await read(url, in: "eigenschappen", operation: "eigenschap_retrieve")
    }

    static func roltypeFilters(
        _ zaaktype: ZGWResourceURL<ZaakType>?, _ omschrijvingGeneriek: RolOmschrijvingGeneriek?, _ status: CatalogiStatus?
    ) -> [(String, String)] {
        ZGWConnection.filters(("zaaktype", zaaktype?.description), ("omschrijvingGeneriek", omschrijvingGeneriek?.rawValue), ("status", status?.rawValue))
    }
}
