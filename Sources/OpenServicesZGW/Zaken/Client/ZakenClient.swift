public import Foundation
public import OpenServicesCore

/// The client of the Zaken API 1.5.1 (ZRC): zaken, statussen, resultaten, rollen, zaakobjecten,
/// zaakinformatieobjecten, zaakeigenschappen and the audit trail.
///
/// Every `/zaken` call carries `Accept-Crs` and `Content-Crs: EPSG:4326`, as the API demands. Every change
/// takes ``ZGWCallOptions``: the reason for the audit trail (`X-Audit-Toelichting`) and an idempotency
/// key; a create is never sent twice unless it carries a key. Resources refer to each other by
/// ``ZGWResourceURL``; this client resolves the Zaken ones and rejects the URLs of other APIs.
///
/// ```swift
/// let pipeline = Pipeline(
///     connector: HTTPConnector(),
///     credentials: CredentialStage(try ZGWJWTProvider(clientID: clientID, secret: Secret(secret))))
/// let zaken = ZakenClient(pipeline: pipeline, baseURL: URL(string: "https://openzaak.example.nl/zaken/api/v1")!)
/// for try await zaak in zaken.allZaken(ZaakQuery(zaaktype: vergunning.url)).items(\.results) {
///     print(zaak.identificatie ?? "", zaak.omschrijving ?? "")
/// }
/// ```
public struct ZakenClient: Sendable {
    /// The connection every call goes through (`api` is ``ZGWAPI/zaken``).
    public let connection: ZGWConnection

    /// Creates a client.
    ///
    /// - Parameters:
    ///   - pipeline: The pipeline, with a ``OpenServicesCore/ZGWJWTProvider`` credential.
    ///   - baseURL: The API root, e.g. `https://openzaak.example.nl/zaken/api/v1`.
    ///   - resourceRoots: Other roots the provider names its zaken resources under (its public URL when
    ///     calls go through an FSC outway or a proxy); such URLs are rewritten onto `baseURL`.
    public init(pipeline: Pipeline, baseURL: URL, resourceRoots: [URL] = []) {
        connection = ZGWConnection(api: .zaken, pipeline: pipeline, baseURL: baseURL, resourceRoots: resourceRoots)
    }

    // MARK: zaken

    /// One page of zaken (`GET /zaken`, or `POST /zaken/_zoek` when the query holds a BSN or another
    /// personal number, so that it stays out of the URL).
    ///
    /// ```swift
    /// let page = try await zaken.zaken(ZaakQuery(bsn: try BSN("999993653")))
    /// print(page.count, page.results.map(\.identificatie))
    /// ```
    ///
    /// - Parameters:
    ///   - query: The filters.
    ///   - page: The page number, from 1; the first page when `nil`.
    public func zaken(_ query: ZaakQuery = ZaakQuery(), page: Int? = nil) async throws -> ZGWPage<Zaak> {
        if query.needsSearchBody {
            let items = try ZGWConnection.pageItem(page, operation: "zaak__zoek", api: .zaken)
            return try await search(connection.url("/zaken/_zoek", query: items), body: query.searchBody)
        }
        return try await connection.collectionPage("zaken", query: query.queryItems, page: page, operation: "zaak_list", of: Zaak.self, crs: true)
    }

    /// Every page of zaken, following `next` (through `POST /zaken/_zoek`, with the same body on every
    /// page, when the query holds a personal number).
    ///
    /// ```swift
    /// for try await zaak in zaken.allZaken(ZaakQuery(zaaktype: vergunning.url)).items(\.results) {
    ///     print(zaak.identificatie ?? "")
    /// }
    /// ```
    public func allZaken(_ query: ZaakQuery = ZaakQuery()) -> PageSequence<ZGWPage<Zaak>> {
        guard query.needsSearchBody else {
            return connection.collectionPages("zaken", query: query.queryItems, operation: "zaak_list", of: Zaak.self, crs: true)
        }
        let body = query.searchBody
        let client = self
        return PageSequence(
            start: connection.url("/zaken/_zoek"),
            style: .nextLink { (page: ZGWPage<Zaak>) in client.connection.rewrittenNextLink(page.next, operation: "zaak__zoek") }
        ) { url in
            try await client.search(url, body: body)
        }
    }

    /// `POST /zaken/_zoek` to `url` (the first page or a `next` link) with the filters in the body.
    func search(_ url: URL, body: [String: ZGWJSONValue]) async throws -> ZGWPage<Zaak> {
        let target = try connection.resolve(ZGWResourceURL<ZGWPage<Zaak>>(url), operation: "zaak__zoek")
        return try await connection.send(.post, target, operation: "zaak__zoek", json: body, as: ZGWPage<Zaak>.self, crs: true)
    }

    /// `GET /zaken/{uuid}`.
    ///
    /// ```swift
    /// let zaak = try await zaken.zaak(UUID(uuidString: "d4d6e8a2-3b8f-4a59-9a61-5c0b7f1f2a10")!)
    /// ```
    public func zaak(_ uuid: UUID) async throws -> Zaak {
        try await connection.resource("zaken", uuid, operation: "zaak_retrieve", as: Zaak.self, crs: true)
    }

    /// `GET` a zaak by its URL (as another resource refers to it).
    ///
    /// ```swift
    /// let zaak = try await zaken.zaak(at: status.zaak)
    /// ```
    ///
    /// - Throws: ``OpenServicesCore/OpenServicesError`` (invalid input) for a URL of another API or collection.
    public func zaak(at url: ZGWResourceURL<Zaak>) async throws -> Zaak {
        let target = try connection.resolve(url, in: "zaken", operation: "zaak_retrieve")
        return try await connection.get(target, operation: "zaak_retrieve", as: Zaak.self, crs: true)
    }

    /// `POST /zaken`: creates a zaak. Not retried once sent, unless `options` carries an idempotency key.
    ///
    /// ```swift
    /// let zaak = try await zaken.createZaak(
    ///     ZaakInput(zaaktype: vergunning.url, bronorganisatie: rsin, verantwoordelijkeOrganisatie: rsin,
    ///               startdatum: "2026-03-02", omschrijving: "Aanvraag omgevingsvergunning"),
    ///     options: ZGWCallOptions(auditExplanation: "Aanvraag via het e-loket"))
    /// ```
    public func createZaak(_ zaak: ZaakInput, options: ZGWCallOptions = .none) async throws -> Zaak {
        try await connection.send(.post, connection.url("/zaken"), operation: "zaak_create", json: zaak, as: Zaak.self, options: options, crs: true)
    }

    /// `PUT /zaken/{uuid}`: replaces a zaak's writable fields.
    ///
    /// ```swift
    /// var velden = ZaakInput(zaak)
    /// velden.einddatumGepland = "2026-06-01"
    /// let bijgewerkt = try await zaken.updateZaak(zaak.url, with: velden)
    /// ```
    public func updateZaak(_ url: ZGWResourceURL<Zaak>, with zaak: ZaakInput, options: ZGWCallOptions = .none) async throws -> Zaak {
        let target = try connection.resolve(url, in: "zaken", operation: "zaak_update")
        return try await connection.send(.put, target, operation: "zaak_update", json: zaak, as: Zaak.self, options: options, crs: true)
    }

    /// `PATCH /zaken/{uuid}`: changes the fields that are set in `patch`.
    ///
    /// ```swift
    /// var wijziging = ZaakPatch()
    /// wijziging.toelichting = "Aanvullende stukken ontvangen"
    /// let bijgewerkt = try await zaken.patchZaak(zaak.url, with: wijziging)
    /// ```
    public func patchZaak(_ url: ZGWResourceURL<Zaak>, with patch: ZaakPatch, options: ZGWCallOptions = .none) async throws -> Zaak {
        let target = try connection.resolve(url, in: "zaken", operation: "zaak_partial_update")
        return try await connection.send(.patch, target, operation: "zaak_partial_update", json: patch, as: Zaak.self, options: options, crs: true)
    }

    /// `DELETE /zaken/{uuid}`: deletes a zaak with everything that belongs to it.
    ///
    /// ```swift
    /// try await zaken.deleteZaak(zaak.url, options: ZGWCallOptions(auditExplanation: "Dubbel geregistreerd"))
    /// ```
    public func deleteZaak(_ url: ZGWResourceURL<Zaak>, options: ZGWCallOptions = .none) async throws {
        let target = try connection.resolve(url, in: "zaken", operation: "zaak_destroy")
        try await connection.delete(target, operation: "zaak_destroy", options: options, crs: true)
    }
}
