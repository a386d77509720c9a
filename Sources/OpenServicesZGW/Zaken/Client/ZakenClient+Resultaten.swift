public import Foundation
public import OpenServicesCore

extension ZakenClient {
    /// `GET /resultaten`: one page of resultaten, filtered by zaak and resultaattype.
    ///
    /// ```swift
    /// let resultaat = try await zaken.resultaten(zaak: zaak.url).results.first
    /// ```
    public func resultaten(
        zaak: ZGWResourceURL<Zaak>? = nil, resultaattype: ZGWResourceURL<ResultaatType>? = nil, page: Int? = nil
    ) async throws -> ZGWPage<Resultaat> {
        try await connection.collectionPage(
            "resultaten", query: ZGWConnection.filters(("zaak", zaak?.description), ("resultaattype", resultaattype?.description)),
            page: page, operation: "resultaat_list", of: Resultaat.self)
    }

    /// `GET /resultaten`, every page.
    ///
    /// ```swift
    /// let alle = try await zaken.allResultaten(resultaattype: verleend.url).collect()
    /// ```
    public func allResultaten(
        zaak: ZGWResourceURL<Zaak>? = nil, resultaattype: ZGWResourceURL<ResultaatType>? = nil
    ) -> PageSequence<ZGWPage<Resultaat>> {
        connection.collectionPages(
            "resultaten", query: ZGWConnection.filters(("zaak", zaak?.description), ("resultaattype", resultaattype?.description)),
            operation: "resultaat_list", of: Resultaat.self)
    }

    /// `GET /resultaten/{uuid}`.
    ///
    /// ```swift
    /// let resultaat = try await zaken.resultaat(uuid)
    /// ```
    public func resultaat(_ uuid: UUID) async throws -> Resultaat {
        try await connection.resource("resultaten", uuid, operation: "resultaat_retrieve", as: Resultaat.self)
    }

    /// `GET` a resultaat by its URL.
    ///
    /// ```swift
    /// if let url = zaak.resultaat { print(try await zaken.resultaat(at: url).resultaattype) }
    /// ```
    public func resultaat(at url: ZGWResourceURL<Resultaat>) async throws -> Resultaat {
        let target = try connection.resolve(url, in: "resultaten", operation: "resultaat_retrieve")
        return try await connection.get(target, operation: "resultaat_retrieve", as: Resultaat.self)
    }

    /// `POST /resultaten`: records a zaak's result. Not retried once sent, unless `options` carries an idempotency key.
    ///
    /// ```swift
    /// let resultaat = try await zaken.createResultaat(ResultaatInput(zaak: zaak.url, resultaattype: verleend.url))
    /// ```
    public func createResultaat(_ resultaat: ResultaatInput, options: ZGWCallOptions = .none) async throws -> Resultaat {
        try await connection.send(.post, connection.url("/resultaten"), operation: "resultaat_create", json: resultaat, as: Resultaat.self, options: options)
    }

    /// `PUT /resultaten/{uuid}`.
    ///
    /// ```swift
    /// let bijgewerkt = try await zaken.updateResultaat(resultaat.url, with: ResultaatInput(zaak: zaak.url, resultaattype: geweigerd.url))
    /// ```
    public func updateResultaat(
        _ url: ZGWResourceURL<Resultaat>, with resultaat: ResultaatInput, options: ZGWCallOptions = .none
    ) async throws -> Resultaat {
        let target = try connection.resolve(url, in: "resultaten", operation: "resultaat_update")
        return try await connection.send(.put, target, operation: "resultaat_update", json: resultaat, as: Resultaat.self, options: options)
    }

    /// `DELETE /resultaten/{uuid}`.
    ///
    /// ```swift
    /// try await zaken.deleteResultaat(resultaat.url)
    /// ```
    public func deleteResultaat(_ url: ZGWResourceURL<Resultaat>, options: ZGWCallOptions = .none) async throws {
        try await connection.delete(try connection.resolve(url, in: "resultaten", operation: "resultaat_destroy"), operation: "resultaat_destroy", options: options)
    }
}
