public import Foundation
public import OpenServicesCore

extension ZakenClient {
    /// `GET /rollen`: one page of rollen.
    ///
    /// ```swift
    /// let initiators = try await zaken.rollen(RolQuery(zaak: zaak.url, omschrijvingGeneriek: .initiator))
    /// ```
    public func rollen(_ query: RolQuery = RolQuery(), page: Int? = nil) async throws -> ZGWPage<Rol> {
        try await connection.collectionPage("rollen", query: query.queryItems, page: page, operation: "rol_list", of: Rol.self)
    }

    /// `GET /rollen`, every page.
    ///
    /// ```swift
    /// for try await rol in zaken.allRollen(RolQuery(zaak: zaak.url)).items(\.results) { print(rol.omschrijving) }
    /// ```
    public func allRollen(_ query: RolQuery = RolQuery()) -> PageSequence<ZGWPage<Rol>> {
        connection.collectionPages("rollen", query: query.queryItems, operation: "rol_list", of: Rol.self)
    }

    /// `GET /rollen/{uuid}`.
    ///
    /// ```swift
    /// let rol = try await zaken.rol(uuid)
    /// ```
    public func rol(_ uuid: UUID) async throws -> Rol {
        try await connection.resource("rollen", uuid, operation: "rol_retrieve", as: Rol.self)
    }

    /// `GET` a rol by its URL.
    ///
    /// ```swift
    /// for url in zaak.rollen { print(try await zaken.rol(at: url).omschrijving) }
    /// ```
    public func rol(at url: ZGWResourceURL<Rol>) async throws -> Rol {
        try await connection.get(try connection.resolve(url, in: "rollen", operation: "rol_retrieve"), operation: "rol_retrieve", as: Rol.self)
    }

    /// `POST /rollen`: adds a party to a zaak. Not retried once sent, unless `options` carries an idempotency key.
    ///
    /// ```swift
    /// let rol = try await zaken.createRol(RolInput(
    ///     zaak: zaak.url, roltype: aanvrager.url,
    ///     betrokkene: .natuurlijkPersoon(RolNatuurlijkPersoon(inpBsn: try BSN("999993653"), geslachtsnaam: "Moulin")),
    ///     roltoelichting: "Aanvrager"))
    /// ```
    public func createRol(_ rol: RolInput, options: ZGWCallOptions = .none) async throws -> Rol {
        try await connection.send(.post, connection.url("/rollen"), operation: "rol_create", json: rol, as: Rol.self, options: options)
    }

    /// `DELETE /rollen/{uuid}`.
    ///
    /// ```swift
    /// try await zaken.deleteRol(rol.url, options: ZGWCallOptions(auditExplanation: "Verkeerde behandelaar"))
    /// ```
    public func deleteRol(_ url: ZGWResourceURL<Rol>, options: ZGWCallOptions = .none) async throws {
        try await connection.delete(try connection.resolve(url, in: "rollen", operation: "rol_destroy"), operation: "rol_destroy", options: options)
    }
}
