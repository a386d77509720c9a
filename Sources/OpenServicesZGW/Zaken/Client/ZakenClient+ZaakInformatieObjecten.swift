public import Foundation
import OpenServicesCore

extension ZakenClient {
    /// `GET /zaakinformatieobjecten`: the documents linked to a zaak, or the zaken a document is linked to.
    /// The API answers this list unpaged.
    ///
    /// ```swift
    /// let documenten = try await zaken.zaakInformatieObjecten(zaak: zaak.url)
    /// ```
    public func zaakInformatieObjecten(zaak: ZGWResourceURL<Zaak>? = nil, informatieobject: URL? = nil) async throws -> [ZaakInformatieObject] {
        let url = connection.url(
            "/zaakinformatieobjecten", query: ZGWConnection.filters(("zaak", zaak?.description), ("informatieobject", informatieobject?.absoluteString)))
        return try await connection.get(url, operation: "zaakinformatieobject_list", as: [ZaakInformatieObject].self)
    }

    /// `GET /zaakinformatieobjecten/{uuid}`.
    ///
    /// ```swift
    /// let link = try await zaken.zaakInformatieObject(uuid)
    /// ```
    public func zaakInformatieObject(_ uuid: UUID) async throws -> ZaakInformatieObject {
        try await connection.resource("zaakinformatieobjecten", uuid, operation: "zaakinformatieobject_retrieve", as: ZaakInformatieObject.self)
    }

    /// `GET` a zaakinformatieobject by its URL.
    ///
    /// ```swift
    /// let link = try await zaken.zaakInformatieObject(at: zaak.zaakinformatieobjecten[0])
    /// ```
    public func zaakInformatieObject(at url: ZGWResourceURL<ZaakInformatieObject>) async throws -> ZaakInformatieObject {
        let target = try connection.resolve(url, in: "zaakinformatieobjecten", operation: "zaakinformatieobject_retrieve")
        return try await connection.get(target, operation: "zaakinformatieobject_retrieve", as: ZaakInformatieObject.self)
    }

    /// `POST /zaakinformatieobjecten`: links a document to a zaak (the provider records the link in the
    /// Documenten API too). Not retried once sent, unless `options` carries an idempotency key.
    ///
    /// ```swift
    /// let link = try await zaken.createZaakInformatieObject(
    ///     ZaakInformatieObjectInput(zaak: zaak.url, informatieobject: document.url.url, titel: "Aanvraagformulier"))
    /// ```
    public func createZaakInformatieObject(_ link: ZaakInformatieObjectInput, options: ZGWCallOptions = .none) async throws -> ZaakInformatieObject {
        try await connection.send(
            .post, connection.url("/zaakinformatieobjecten"), operation: "zaakinformatieobject_create", json: link,
            as: ZaakInformatieObject.self, options: options)
    }

    /// `PUT /zaakinformatieobjecten/{uuid}`.
    ///
    /// ```swift
    /// var velden = ZaakInformatieObjectInput(zaak: zaak.url, informatieobject: link.informatieobject)
    /// velden.titel = "Aanvraagformulier (getekend)"
    /// let bijgewerkt = try await zaken.updateZaakInformatieObject(link.url, with: velden)
    /// ```
    public func updateZaakInformatieObject(
        _ url: ZGWResourceURL<ZaakInformatieObject>, with link: ZaakInformatieObjectInput, options: ZGWCallOptions = .none
    ) async throws -> ZaakInformatieObject {
        let target = try connection.resolve(url, in: "zaakinformatieobjecten", operation: "zaakinformatieobject_update")
        return try await connection.send(.put, target, operation: "zaakinformatieobject_update", json: link, as: ZaakInformatieObject.self, options: options)
    }

    /// `DELETE /zaakinformatieobjecten/{uuid}`: unlinks the document (the document itself stays).
    ///
    /// ```swift
    /// try await zaken.deleteZaakInformatieObject(link.url)
    /// ```
    public func deleteZaakInformatieObject(_ url: ZGWResourceURL<ZaakInformatieObject>, options: ZGWCallOptions = .none) async throws {
        let target = try connection.resolve(url, in: "zaakinformatieobjecten", operation: "zaakinformatieobject_destroy")
        try await connection.delete(target, operation: "zaakinformatieobject_destroy", options: options)
    }
}
