public import Foundation
public import OpenServicesCore

/// The client of the Besluiten API 1.1.0 (BRC): decisions (`besluiten`) and the documents attached to
/// them (`besluitinformatieobjecten`).
///
/// ```swift
/// let besluiten = BesluitenClient(pipeline: pipeline, baseURL: URL(string: "https://openzaak.example.nl/besluiten/api/v1")!)
/// var nieuw = BesluitRequest(verantwoordelijkeOrganisatie: "002220647", besluittype: besluittype,
///                            datum: "2026-03-02", ingangsdatum: "2026-03-03")
/// nieuw.zaak = zaak.url
/// let besluit = try await besluiten.createBesluit(nieuw, options: ZGWCallOptions(auditExplanation: "Vergunning verleend"))
/// ```
public struct BesluitenClient: Sendable {
    /// The connection: pipeline, API root and the roots the provider's URLs may use.
    public let connection: ZGWConnection

    /// Creates a client.
    ///
    /// - Parameters:
    ///   - pipeline: The pipeline, with a ``OpenServicesCore/ZGWJWTProvider`` credential.
    ///   - baseURL: The API root, e.g. `https://openzaak.example.nl/besluiten/api/v1`.
    ///   - resourceRoots: Other roots the provider's resource URLs may start with (an FSC outway, a proxy).
    public init(pipeline: Pipeline, baseURL: URL, resourceRoots: [URL] = []) {
        connection = ZGWConnection(api: .besluiten, pipeline: pipeline, baseURL: baseURL, resourceRoots: resourceRoots)
    }

    /// Creates a client on an existing connection to the Besluiten API.
    public init(connection: ZGWConnection) {
        self.connection = connection
    }

    /// The URL of the besluit with `uuid`.
    ///
    /// ```swift
    /// let besluit = try await besluiten.besluit(besluiten.besluitURL(uuid))
    /// ```
    public func besluitURL(_ uuid: UUID) -> ZGWResourceURL<Besluit> {
        ZGWResourceURL(connection.url("/besluiten/\(uuid.uuidString.lowercased())"))
    }

    /// `GET /besluiten`: one page of besluiten, filtered by the members given.
    ///
    /// ```swift
    /// let page = try await besluiten.besluiten(zaak: zaak.url)
    /// ```
    public func besluiten(
        identificatie: String? = nil, verantwoordelijkeOrganisatie: String? = nil, besluittype: ZGWResourceURL<BesluitType>? = nil,
        zaak: ZGWResourceURL<Zaak>? = nil, page: Int? = nil
    ) async throws -> ZGWPage<Besluit> {
        try await connection.collectionPage(
            "besluiten", query: Self.filters(identificatie, verantwoordelijkeOrganisatie, besluittype, zaak), page: page,
            operation: "besluit_list", of: Besluit.self)
    }

    /// `GET /besluiten`, page after page.
    ///
    /// ```swift
    /// for try await besluit in besluiten.allBesluiten(verantwoordelijkeOrganisatie: "002220647").items {
    ///     print(besluit.identificatie ?? "")
    /// }
    /// ```
    public func allBesluiten(
        identificatie: String? = nil, verantwoordelijkeOrganisatie: String? = nil, besluittype: ZGWResourceURL<BesluitType>? = nil,
        zaak: ZGWResourceURL<Zaak>? = nil
    ) -> PageSequence<ZGWPage<Besluit>> {
        connection.collectionPages(
            "besluiten", query: Self.filters(identificatie, verantwoordelijkeOrganisatie, besluittype, zaak),
            operation: "besluit_list", of: Besluit.self)
    }

    /// `GET /besluiten/{uuid}`.
    ///
    /// ```swift
    /// let besluit = try await besluiten.besluit(uuid)
    /// ```
    public func besluit(_ uuid: UUID) async throws -> Besluit {
        try await besluit(besluitURL(uuid))
    }

    /// `GET` a besluit by its URL.
    ///
    /// ```swift
    /// let besluit = try await besluiten.besluit(bijlage.besluit)
    /// ```
    public func besluit(_ url: ZGWResourceURL<Besluit>) async throws -> Besluit {
        let operation = "besluit_read"
        return try await connection.get(try connection.resolve(url, operation: operation), operation: operation, as: Besluit.self)
    }

    /// `POST /besluiten`: takes a besluit. Not retried once sent unless `options.idempotencyKey` is set.
    ///
    /// ```swift
    /// let besluit = try await besluiten.createBesluit(nieuw, options: ZGWCallOptions(idempotencyKey: aanvraag.id))
    /// ```
    public func createBesluit(_ besluit: BesluitRequest, options: ZGWCallOptions = .none) async throws -> Besluit {
        try await connection.send(.post, connection.url("/besluiten"), operation: "besluit_create", json: besluit, as: Besluit.self, options: options)
    }

    /// `PUT /besluiten/{uuid}`: replaces a besluit.
    ///
    /// ```swift
    /// var wijziging = BesluitRequest(besluit)
    /// wijziging.toelichting = "Aangepast na bezwaar"
    /// let besluit = try await besluiten.updateBesluit(besluit.url, wijziging)
    /// ```
    public func updateBesluit(_ url: ZGWResourceURL<Besluit>, _ besluit: BesluitRequest, options: ZGWCallOptions = .none) async throws -> Besluit {
        let operation = "besluit_update"
        return try await connection.send(
            .put, try connection.resolve(url, operation: operation), operation: operation, json: besluit, as: Besluit.self, options: options)
    }

    /// `PATCH /besluiten/{uuid}`: changes the members set in `patch`.
    ///
    /// ```swift
    /// var patch = BesluitPatch()
    /// patch.vervalreden = .ingetrokkenBelanghebbende
    /// let besluit = try await besluiten.patchBesluit(besluit.url, patch)
    /// ```
    public func patchBesluit(_ url: ZGWResourceURL<Besluit>, _ patch: BesluitPatch, options: ZGWCallOptions = .none) async throws -> Besluit {
        let operation = "besluit_partial_update"
        return try await connection.send(
            .patch, try connection.resolve(url, operation: operation), operation: operation, json: patch, as: Besluit.self, options: options)
    }

    /// `DELETE /besluiten/{uuid}`: removes a besluit and its attachments.
    ///
    /// ```swift
    /// try await besluiten.deleteBesluit(besluit.url, options: ZGWCallOptions(auditExplanation: "Ten onrechte aangemaakt"))
    /// ```
    public func deleteBesluit(_ url: ZGWResourceURL<Besluit>, options: ZGWCallOptions = .none) async throws {
        let operation = "besluit_delete"
        try await connection.delete(try connection.resolve(url, operation: operation), operation: operation, options: options)
    }

    private static func filters(
        _ identificatie: String?, _ verantwoordelijkeOrganisatie: String?, _ besluittype: ZGWResourceURL<BesluitType>?,
        _ zaak: ZGWResourceURL<Zaak>?
    ) -> [(String, String)] {
        ZGWConnection.filters(
            ("identificatie", identificatie), ("verantwoordelijkeOrganisatie", verantwoordelijkeOrganisatie),
            ("besluittype", besluittype?.url.absoluteString), ("zaak", zaak?.url.absoluteString))
    }
}
