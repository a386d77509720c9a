import OpenServicesCore

extension BesluitenClient {
    /// `GET /besluitinformatieobjecten`: the documents attached to besluiten, filtered by besluit, by
    /// document or both. The API does not page this list.
    ///
    /// ```swift
    /// let bijlagen = try await besluiten.besluitInformatieObjecten(besluit: besluit.url)
    /// ```
    public func besluitInformatieObjecten(
        besluit: ZGWResourceURL<Besluit>? = nil, informatieobject: ZGWResourceURL<EnkelvoudigInformatieObject>? = nil
    ) async throws -> [BesluitInformatieObject] {
        var query: [(String, String)] = []
        if let besluit { query.append(("besluit", besluit.url.absoluteString)) }
        if let informatieobject { query.append(("informatieobject", informatieobject.url.absoluteString)) }
        return try await connection.get(
            connection.url("/besluitinformatieobjecten", query: query), operation: "besluitinformatieobject_list",
            as: [BesluitInformatieObject].self)
    }

    /// `GET /besluitinformatieobjecten/{uuid}`: one attachment.
    ///
    /// ```swift
    /// let bijlage = try await besluiten.besluitInformatieObject(bijlage.url)
    /// ```
    public func besluitInformatieObject(_ url: ZGWResourceURL<BesluitInformatieObject>) async throws -> BesluitInformatieObject {
        let operation = "besluitinformatieobject_read"
        return try await connection.get(try connection.resolve(url, operation: operation), operation: operation, as: BesluitInformatieObject.self)
    }

    /// `POST /besluitinformatieobjecten`: attaches a document to a besluit; the Besluiten API records the
    /// link in the Documenten API too. Not retried once sent unless `options.idempotencyKey` is set.
    ///
    /// ```swift
    /// let bijlage = try await besluiten.createBesluitInformatieObject(
    ///     BesluitInformatieObjectRequest(informatieobject: document.url, besluit: besluit.url))
    /// ```
    public func createBesluitInformatieObject(_ bijlage: BesluitInformatieObjectRequest, options: ZGWCallOptions = .none) async throws
        -> BesluitInformatieObject
    {
        try await connection.send(
            .post, connection.url("/besluitinformatieobjecten"), operation: "besluitinformatieobject_create", json: bijlage,
            as: BesluitInformatieObject.self, options: options)
    }

    /// `DELETE /besluitinformatieobjecten/{uuid}`: detaches a document (and removes the link in Documenten).
    ///
    /// ```swift
    /// try await besluiten.deleteBesluitInformatieObject(bijlage.url)
    /// ```
    public func deleteBesluitInformatieObject(_ url: ZGWResourceURL<BesluitInformatieObject>, options: ZGWCallOptions = .none) async throws {
        let operation = "besluitinformatieobject_delete"
        try await connection.delete(try connection.resolve(url, operation: operation), operation: operation, options: options)
    }
}
