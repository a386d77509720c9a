public import Foundation
public import OpenServicesCore

extension ZakenClient {
    /// `GET /zaakobjecten`: one page of zaakobjecten, filtered by zaak, object URL and object type.
    ///
    /// ```swift
    /// let panden = try await zaken.zaakObjecten(zaak: zaak.url, objectType: .pand)
    /// ```
    public func zaakObjecten(
        zaak: ZGWResourceURL<Zaak>? = nil, object: String? = nil, objectType: ZaakObjectType? = nil, page: Int? = nil
    ) async throws -> ZGWPage<ZaakObject> {
        try await connection.collectionPage(
            "zaakobjecten", query: ZGWConnection.filters(("zaak", zaak?.description), ("object", object), ("objectType", objectType?.rawValue)),
            page: page, operation: "zaakobject_list", of: ZaakObject.self)
    }

    /// `GET /zaakobjecten`, every page.
    ///
    /// ```swift
    /// let objecten = try await zaken.allZaakObjecten(zaak: zaak.url).collect().flatMap(\.results)
    /// ```
    public func allZaakObjecten(
        zaak: ZGWResourceURL<Zaak>? = nil, object: String? = nil, objectType: ZaakObjectType? = nil
    ) -> PageSequence<ZGWPage<ZaakObject>> {
        connection.collectionPages(
            "zaakobjecten", query: ZGWConnection.filters(("zaak", zaak?.description), ("object", object), ("objectType", objectType?.rawValue)),
            operation: "zaakobject_list", of: ZaakObject.self)
    }

    /// `GET /zaakobjecten/{uuid}`.
    ///
    /// ```swift
    /// let object = try await zaken.zaakObject(uuid)
    /// ```
    public func zaakObject(_ uuid: UUID) async throws -> ZaakObject {
        try await connection.resource("zaakobjecten", uuid, operation: "zaakobject_retrieve", as: ZaakObject.self)
    }

    /// `GET` a zaakobject by its URL.
    ///
    /// ```swift
    /// let object = try await zaken.zaakObject(at: zaak.zaakobjecten[0])
    /// ```
    public func zaakObject(at url: ZGWResourceURL<ZaakObject>) async throws -> ZaakObject {
        let target = try connection.resolve(url, in: "zaakobjecten", operation: "zaakobject_retrieve")
        return try await connection.get(target, operation: "zaakobject_retrieve", as: ZaakObject.self)
    }

    /// `POST /zaakobjecten`: relates an object to a zaak. Not retried once sent, unless `options` carries an idempotency key.
    ///
    /// ```swift
    /// let object = try await zaken.createZaakObject(ZaakObjectInput(zaak: zaak.url, objectType: .pand, object: pandURL))
    /// ```
    public func createZaakObject(_ object: ZaakObjectInput, options: ZGWCallOptions = .none) async throws -> ZaakObject {
        try await connection.send(.post, connection.url("/zaakobjecten"), operation: "zaakobject_create", json: object, as: ZaakObject.self, options: options)
    }

    /// `PUT /zaakobjecten/{uuid}`.
    ///
    /// ```swift
    /// var velden = ZaakObjectInput(zaak: zaak.url, objectType: .pand, object: pandURL)
    /// velden.relatieomschrijving = "Het pand op de hoek"
    /// let bijgewerkt = try await zaken.updateZaakObject(object.url, with: velden)
    /// ```
    public func updateZaakObject(
        _ url: ZGWResourceURL<ZaakObject>, with object: ZaakObjectInput, options: ZGWCallOptions = .none
    ) async throws -> ZaakObject {
        let target = try connection.resolve(url, in: "zaakobjecten", operation: "zaakobject_update")
        return try await connection.send(.put, target, operation: "zaakobject_update", json: object, as: ZaakObject.self, options: options)
    }

    /// `DELETE /zaakobjecten/{uuid}`.
    ///
    /// ```swift
    /// try await zaken.deleteZaakObject(object.url)
    /// ```
    public func deleteZaakObject(_ url: ZGWResourceURL<ZaakObject>, options: ZGWCallOptions = .none) async throws {
        let target = try connection.resolve(url, in: "zaakobjecten", operation: "zaakobject_destroy")
        try await connection.delete(target, operation: "zaakobject_destroy", options: options)
    }
}
