import OpenServicesCore

extension DocumentenClient {
    /// `GET /gebruiksrechten`: usage rights, of one document when `informatieobject` is given. The API does
    /// not page this list.
    ///
    /// ```swift
    /// let rechten = try await documenten.gebruiksrechten(informatieobject: document.url)
    /// ```
    public func gebruiksrechten(informatieobject: ZGWResourceURL<EnkelvoudigInformatieObject>? = nil) async throws -> [Gebruiksrechten] {
        let query = informatieobject.map { [("informatieobject", $0.url.absoluteString)] } ?? []
        return try await connection.get(
            connection.url("/gebruiksrechten", query: query), operation: "gebruiksrechten_list", as: [Gebruiksrechten].self)
    }

    /// `GET /gebruiksrechten/{uuid}`: one usage rights record.
    ///
    /// ```swift
    /// let recht = try await documenten.gebruiksrechten(at: recht.url)
    /// ```
    public func gebruiksrechten(at url: ZGWResourceURL<Gebruiksrechten>) async throws -> Gebruiksrechten {
        let operation = "gebruiksrechten_retrieve"
        return try await connection.get(try connection.resolve(url, operation: operation), operation: operation, as: Gebruiksrechten.self)
    }

    /// `POST /gebruiksrechten`: records usage rights for a document.
    ///
    /// ```swift
    /// let recht = try await documenten.createGebruiksrechten(GebruiksrechtenRequest(
    ///     informatieobject: document.url, startdatum: "2026-03-02T00:00:00Z", omschrijvingVoorwaarden: "Intern gebruik"))
    /// ```
    ///
    /// Not retried once sent unless `options.idempotencyKey` is set.
    public func createGebruiksrechten(_ rechten: GebruiksrechtenRequest, options: ZGWCallOptions = .none) async throws -> Gebruiksrechten {
        try await connection.send(
            .post, connection.url("/gebruiksrechten"), operation: "gebruiksrechten_create", json: rechten, as: Gebruiksrechten.self,
            options: options)
    }

    /// `PUT /gebruiksrechten/{uuid}`: replaces a usage rights record.
    ///
    /// ```swift
    /// var wijziging = GebruiksrechtenRequest(informatieobject: document.url, startdatum: start, omschrijvingVoorwaarden: "Openbaar")
    /// let recht = try await documenten.updateGebruiksrechten(recht.url, wijziging)
    /// ```
    public func updateGebruiksrechten(
        _ url: ZGWResourceURL<Gebruiksrechten>, _ rechten: GebruiksrechtenRequest, options: ZGWCallOptions = .none
    ) async throws -> Gebruiksrechten {
        let operation = "gebruiksrechten_update"
        return try await connection.send(
            .put, try connection.resolve(url, operation: operation), operation: operation, json: rechten, as: Gebruiksrechten.self,
            options: options)
    }

    /// `PATCH /gebruiksrechten/{uuid}`: changes the members set in `patch`.
    ///
    /// ```swift
    /// var patch = GebruiksrechtenPatch()
    /// patch.einddatum = "2027-01-01T00:00:00Z"
    /// let recht = try await documenten.patchGebruiksrechten(recht.url, patch)
    /// ```
    public func patchGebruiksrechten(
        _ url: ZGWResourceURL<Gebruiksrechten>, _ patch: GebruiksrechtenPatch, options: ZGWCallOptions = .none
    ) async throws -> Gebruiksrechten {
        let operation = "gebruiksrechten_partial_update"
        return try await connection.send(
            .patch, try connection.resolve(url, operation: operation), operation: operation, json: patch, as: Gebruiksrechten.self,
            options: options)
    }

    /// `DELETE /gebruiksrechten/{uuid}`: removes a usage rights record.
    ///
    /// ```swift
    /// try await documenten.deleteGebruiksrechten(recht.url)
    /// ```
    public func deleteGebruiksrechten(_ url: ZGWResourceURL<Gebruiksrechten>, options: ZGWCallOptions = .none) async throws {
        let operation = "gebruiksrechten_destroy"
        try await connection.delete(try connection.resolve(url, operation: operation), operation: operation, options: options)
    }
}
