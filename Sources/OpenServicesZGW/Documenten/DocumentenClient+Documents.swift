public import Foundation
import HTTPTypes
public import OpenServicesCore

extension DocumentenClient {
    /// `GET /enkelvoudiginformatieobjecten`: one page of documents (the latest version of each).
    ///
    /// ```swift
    /// let page = try await documenten.documents(bronorganisatie: "002220647")
    /// print(page.count, page.results.map(\.titel))
    /// ```
    ///
    /// - Parameters:
    ///   - bronorganisatie: Only documents of this organisation (RSIN).
    ///   - identificatie: Only the document with this identification.
    ///   - page: The page number, from 1.
    public func documents(bronorganisatie: String? = nil, identificatie: String? = nil, page: Int? = nil) async throws
        -> ZGWPage<EnkelvoudigInformatieObject>
    {
        try await connection.collectionPage(
            "enkelvoudiginformatieobjecten", query: Self.filters(bronorganisatie, identificatie), page: page,
            operation: "enkelvoudiginformatieobject_list", of: EnkelvoudigInformatieObject.self)
    }

    /// `GET /enkelvoudiginformatieobjecten`, page after page.
    ///
    /// ```swift
    /// for try await document in documenten.allDocuments(bronorganisatie: "002220647").items {
    ///     print(document.titel)
    /// }
    /// ```
    public func allDocuments(bronorganisatie: String? = nil, identificatie: String? = nil)
        -> PageSequence<ZGWPage<EnkelvoudigInformatieObject>>
    {
        connection.collectionPages(
            "enkelvoudiginformatieobjecten", query: Self.filters(bronorganisatie, identificatie),
            operation: "enkelvoudiginformatieobject_list", of: EnkelvoudigInformatieObject.self)
    }

    /// `GET /enkelvoudiginformatieobjecten/{uuid}`: a document, its latest version or `versie`.
    ///
    /// ```swift
    /// let document = try await documenten.document(uuid)
    /// let eerste = try await documenten.document(uuid, versie: 1)
    /// ```
    public func document(_ uuid: UUID, versie: Int? = nil) async throws -> EnkelvoudigInformatieObject {
        try await document(at: documentURL(uuid), versie: versie)
    }

    /// `GET` a document by the URL another API gave for it (`zaakinformatieobject.informatieobject`).
    ///
    /// ```swift
    /// let document = try await documenten.document(at: zaakinformatieobject.informatieobject)
    /// ```
    ///
    /// - Throws: ``OpenServicesCore/OpenServicesError`` (invalid input) for a URL outside this API.
    public func document(at url: ZGWResourceURL<EnkelvoudigInformatieObject>, versie: Int? = nil) async throws
        -> EnkelvoudigInformatieObject
    {
        let operation = "enkelvoudiginformatieobject_retrieve"
        var target = try connection.resolve(url, operation: operation)
        if let versie { target = OperationURL.make(target, path: "", query: [("versie", String(versie))]) }
        return try await connection.get(target, operation: operation, as: EnkelvoudigInformatieObject.self)
    }

    /// `POST /enkelvoudiginformatieobjecten` without content (metadata only, e.g. a paper document).
    ///
    /// ```swift
    /// let document = try await documenten.createDocument(nieuw, options: ZGWCallOptions(auditExplanation: "Ontvangen per post"))
    /// ```
    ///
    /// Not retried once sent unless `options.idempotencyKey` is set.
    public func createDocument(_ document: EnkelvoudigInformatieObjectRequest, options: ZGWCallOptions = .none) async throws
        -> EnkelvoudigInformatieObject
    {
        try await connection.send(
            .post, connection.url("/enkelvoudiginformatieobjecten"), operation: "enkelvoudiginformatieobject_create",
            json: document, as: EnkelvoudigInformatieObject.self, options: options)
    }

    /// `POST /enkelvoudiginformatieobjecten` with content, streamed: the JSON body is produced while it is
    /// sent, the content base64-encoded piece by piece, so neither the file nor its base64 is held in
    /// memory. `bestandsomvang` is set from the content's length when not given.
    ///
    /// ```swift
    /// var nieuw = EnkelvoudigInformatieObjectRequest(bronorganisatie: "002220647", creatiedatum: "2026-03-02",
    ///     titel: "Bouwtekening", auteur: "Aanvrager", informatieobjecttype: informatieobjecttype)
    /// nieuw.bestandsnaam = "bouwtekening.pdf"
    /// let document = try await documenten.createDocument(nieuw, content: try .file(URL(filePath: "/tmp/bouwtekening.pdf")))
    /// ```
    ///
    /// A streamed body can be sent once: the call is never retried after the request was sent, not even
    /// with an idempotency key (the retry stage only repeats replayable bodies).
    ///
    /// - Throws: ``OpenServicesCore/OpenServicesError``: the API's `ValidatieFout` as invalid request with
    ///   `invalidParams`; invalid input when the content yields another number of bytes than its length.
    public func createDocument(
        _ document: EnkelvoudigInformatieObjectRequest, content: DocumentContent, options: ZGWCallOptions = .none
    ) async throws -> EnkelvoudigInformatieObject {
        var document = document
        if document.bestandsomvang == nil { document.bestandsomvang = Int64(content.length) }
        return try await sendWithContent(
            .post, connection.url("/enkelvoudiginformatieobjecten"), operation: "enkelvoudiginformatieobject_create",
            metadata: document, content: content, options: options)
    }

    /// `PUT /enkelvoudiginformatieobjecten/{uuid}`: replaces the metadata, and the content when `content` is
    /// given (streamed like ``createDocument(_:content:options:)``). The document must be locked with
    /// ``lockDocument(_:options:)``; `lock` is the value that returned. Makes a new version.
    ///
    /// ```swift
    /// let lock = try await documenten.lockDocument(document.url)
    /// var wijziging = EnkelvoudigInformatieObjectRequest(document)
    /// wijziging.titel = "Bouwtekening (herzien)"
    /// let nieuweVersie = try await documenten.updateDocument(document.url, wijziging, lock: lock, content: try .file(herzien))
    /// try await documenten.unlockDocument(document.url, lock: lock)
    /// ```
    public func updateDocument(
        _ url: ZGWResourceURL<EnkelvoudigInformatieObject>, _ document: EnkelvoudigInformatieObjectRequest, lock: String,
        content: DocumentContent? = nil, options: ZGWCallOptions = .none
    ) async throws -> EnkelvoudigInformatieObject {
        let operation = "enkelvoudiginformatieobject_update"
        let target = try connection.resolve(url, operation: operation)
        guard let content else {
            return try await connection.send(
                .put, target, operation: operation, json: Locked(body: document, lock: lock), as: EnkelvoudigInformatieObject.self,
                options: options)
        }
        var document = document
        if document.bestandsomvang == nil { document.bestandsomvang = Int64(content.length) }
        return try await sendWithContent(
            .put, target, operation: operation, metadata: Locked(body: document, lock: lock), content: content, options: options)
    }

    /// `PATCH /enkelvoudiginformatieobjecten/{uuid}`: changes the members set in `patch`. The document must be
    /// locked; `lock` is the value ``lockDocument(_:options:)`` returned. Makes a new version.
    ///
    /// ```swift
    /// var patch = EnkelvoudigInformatieObjectPatch()
    /// patch.status = .definitief
    /// let document = try await documenten.patchDocument(document.url, patch, lock: lock)
    /// ```
    public func patchDocument(
        _ url: ZGWResourceURL<EnkelvoudigInformatieObject>, _ patch: EnkelvoudigInformatieObjectPatch, lock: String,
        options: ZGWCallOptions = .none
    ) async throws -> EnkelvoudigInformatieObject {
        let operation = "enkelvoudiginformatieobject_partial_update"
        return try await connection.send(
            .patch, try connection.resolve(url, operation: operation), operation: operation,
            json: Locked(body: patch, lock: lock), as: EnkelvoudigInformatieObject.self, options: options)
    }

    /// `DELETE /enkelvoudiginformatieobjecten/{uuid}`: deletes the document with all its versions. The API
    /// refuses while a zaak or besluit still refers to it.
    ///
    /// ```swift
    /// try await documenten.deleteDocument(document.url, options: ZGWCallOptions(auditExplanation: "Dubbel geüpload"))
    /// ```
    public func deleteDocument(_ url: ZGWResourceURL<EnkelvoudigInformatieObject>, options: ZGWCallOptions = .none) async throws {
        let operation = "enkelvoudiginformatieobject_destroy"
        try await connection.delete(try connection.resolve(url, operation: operation), operation: operation, options: options)
    }

    private static func filters(_ bronorganisatie: String?, _ identificatie: String?) -> [(String, String)] {
        ZGWConnection.filters(("bronorganisatie", bronorganisatie), ("identificatie", identificatie))
    }

    /// Sends metadata and content as one streamed JSON body and decodes the document the API answers.
    private func sendWithContent(
        _ method: HTTPRequest.Method, _ url: URL, operation: String, metadata: some Encodable, content: DocumentContent,
        options: ZGWCallOptions
    ) async throws -> EnkelvoudigInformatieObject {
        let body = try DocumentUploadBody.make(
            metadata: try connection.encode(metadata, operation: operation), content: content, operation: operation)
        let response = try await connection.send(method, url, operation: operation, body: body, options: options)
        return try await response.decode(EnkelvoudigInformatieObject.self, context: connection.context(operation))
    }
}

/// A request body with the document's `lock` added to its members, as updates of a locked document need.
struct Locked<Body: Encodable & Sendable>: Encodable, Sendable {
    let body: Body
    let lock: String

    private enum Key: String, CodingKey { case lock }

    func encode(to encoder: any Encoder) throws {
        try body.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(lock, forKey: .lock)
    }
}
