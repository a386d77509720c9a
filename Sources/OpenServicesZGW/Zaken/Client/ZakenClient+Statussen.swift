public import Foundation
public import OpenServicesCore

extension ZakenClient {
    /// `GET /statussen`: one page of statussen, filtered by zaak and statustype.
    ///
    /// ```swift
    /// let historie = try await zaken.statussen(zaak: zaak.url)
    /// ```
    public func statussen(
        zaak: ZGWResourceURL<Zaak>? = nil, statustype: ZGWResourceURL<StatusType>? = nil, page: Int? = nil
    ) async throws -> ZGWPage<Status> {
        try await connection.collectionPage(
            "statussen", query: ZGWConnection.filters(("zaak", zaak?.description), ("statustype", statustype?.description)),
            page: page, operation: "status_list", of: Status.self)
    }

    /// `GET /statussen`, every page.
    ///
    /// ```swift
    /// for try await status in zaken.allStatussen(zaak: zaak.url).items(\.results) { print(status.datumStatusGezet) }
    /// ```
    public func allStatussen(zaak: ZGWResourceURL<Zaak>? = nil, statustype: ZGWResourceURL<StatusType>? = nil) -> PageSequence<ZGWPage<Status>> {
        connection.collectionPages(
            "statussen", query: ZGWConnection.filters(("zaak", zaak?.description), ("statustype", statustype?.description)),
            operation: "status_list", of: Status.self)
    }

    /// `GET /statussen/{uuid}`.
    ///
    /// ```swift
    /// let status = try await zaken.status(uuid)
    /// ```
    public func status(_ uuid: UUID) async throws -> Status {
        try await connection.resource("statussen", uuid, operation: "status_retrieve", as: Status.self)
    }

    /// `GET` a status by its URL.
    ///
    /// ```swift
    /// if let huidig = zaak.status { print(try await zaken.status(at: huidig).statustype) }
    /// ```
    public func status(at url: ZGWResourceURL<Status>) async throws -> Status {
        try await connection.get(try connection.resolve(url, in: "statussen", operation: "status_retrieve"), operation: "status_retrieve", as: Status.self)
    }

    /// `POST /statussen`: sets a zaak's status (a final statustype closes the zaak). Not retried once
    /// sent, unless `options` carries an idempotency key.
    ///
    /// ```swift
    /// let status = try await zaken.createStatus(
    ///     StatusInput(zaak: zaak.url, statustype: inBehandeling.url, statustoelichting: "Aanvraag is compleet"),
    ///     options: ZGWCallOptions(auditExplanation: "Intake afgerond"))
    /// ```
    public func createStatus(_ status: StatusInput, options: ZGWCallOptions = .none) async throws -> Status {
        try await connection.send(.post, connection.url("/statussen"), operation: "status_create", json: status, as: Status.self, options: options)
    }
}
