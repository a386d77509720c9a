public import Foundation
import OpenServicesCore

extension DocumentenClient {
    /// `GET /objectinformatieobjecten`: the links between documents and zaken, besluiten or verzoeken,
    /// filtered by object, by document or both. The API does not page this list.
    ///
    /// ```swift
    /// let links = try await documenten.objectInformatieObjecten(object: zaak.url.url)
    /// ```
    public func objectInformatieObjecten(
        object: URL? = nil, informatieobject: ZGWResourceURL<EnkelvoudigInformatieObject>? = nil
    ) async throws -> [ObjectInformatieObject] {
        var query: [(String, String)] = []
        if let object { query.append(("object", object.absoluteString)) }
        if let informatieobject { query.append(("informatieobject", informatieobject.url.absoluteString)) }
        return try await connection.get(
            connection.url("/objectinformatieobjecten", query: query), operation: "objectinformatieobject_list",
            as: [ObjectInformatieObject].self)
    }

    /// `GET /objectinformatieobjecten/{uuid}`: one link.
    ///
    /// ```swift
    /// let link = try await documenten.objectInformatieObject(link.url)
    /// ```
    public func objectInformatieObject(_ url: ZGWResourceURL<ObjectInformatieObject>) async throws -> ObjectInformatieObject {
        let operation = "objectinformatieobject_retrieve"
        return try await connection.get(try connection.resolve(url, operation: operation), operation: operation, as: ObjectInformatieObject.self)
    }

    /// `POST /objectinformatieobjecten`: links a document to an object. For zaken and besluiten the Zaken and
    /// Besluiten APIs do this themselves when a document is attached there.
    ///
    /// ```swift
    /// let link = try await documenten.createObjectInformatieObject(
    ///     ObjectInformatieObjectRequest(informatieobject: document.url, object: verzoekURL, objectType: .verzoek))
    /// ```
    ///
    /// Not retried once sent unless `options.idempotencyKey` is set.
    public func createObjectInformatieObject(_ link: ObjectInformatieObjectRequest, options: ZGWCallOptions = .none) async throws
        -> ObjectInformatieObject
    {
        try await connection.send(
            .post, connection.url("/objectinformatieobjecten"), operation: "objectinformatieobject_create", json: link,
            as: ObjectInformatieObject.self, options: options)
    }

    /// `DELETE /objectinformatieobjecten/{uuid}`: removes a link.
    ///
    /// ```swift
    /// try await documenten.deleteObjectInformatieObject(link.url)
    /// ```
    public func deleteObjectInformatieObject(_ url: ZGWResourceURL<ObjectInformatieObject>, options: ZGWCallOptions = .none) async throws {
        let operation = "objectinformatieobject_destroy"
        try await connection.delete(try connection.resolve(url, operation: operation), operation: operation, options: options)
    }
}
