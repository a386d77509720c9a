public import Foundation
import OpenServicesCore

extension NotificatiesClient {
    /// `GET /abonnement`: every subscription this client may see (without `auth`, which providers never return).
    ///
    /// ```swift
    /// for abonnement in try await notificaties.abonnementen() { print(abonnement.callbackUrl) }
    /// ```
    public func abonnementen() async throws -> [Abonnement] {
        try await list(connection.url("/abonnement"), operation: "abonnement_list", of: Abonnement.self)
    }

    /// `GET /abonnement/{uuid}`: one subscription.
    ///
    /// ```swift
    /// let abonnement = try await notificaties.abonnement(uuid)
    /// ```
    public func abonnement(_ uuid: UUID) async throws -> Abonnement {
        try await abonnement(at: abonnementURL(uuid))
    }

    /// `GET` of a subscription by its URL.
    ///
    /// ```swift
    /// let abonnement = try await notificaties.abonnement(at: created.url!)
    /// ```
    ///
    /// - Throws: ``OpenServicesCore/OpenServicesError`` (invalid input) when the URL is not under this API's root.
    public func abonnement(at url: ZGWResourceURL<Abonnement>) async throws -> Abonnement {
        let target = try connection.resolve(url, operation: "abonnement_read")
        return try await connection.get(target, operation: "abonnement_read", as: Abonnement.self)
    }

    /// `POST /abonnement`: subscribes `callbackUrl` to the channels; the provider will send `auth` as
    /// the `Authorization` header of every notification it posts there.
    ///
    /// ```swift
    /// let abonnement = try await notificaties.createAbonnement(Abonnement(
    ///     callbackUrl: URL(string: "https://zaaksysteem.example.nl/zgw/notificaties")!,
    ///     auth: Secret("Bearer \(webhookToken)"), kanalen: [AbonnementFilterGroup(naam: "zaken")]))
    /// ```
    ///
    /// - Throws: ``OpenServicesCore/OpenServicesError`` (invalid input) before sending anything when
    ///   `auth` is missing or there is no channel: the API requires both.
    public func createAbonnement(_ abonnement: Abonnement, options: ZGWCallOptions = .none) async throws -> Abonnement {
        try Self.checkComplete(abonnement, operation: "abonnement_create")
        var body = abonnement
        body.url = nil
        return try await connection.send(
            .post, connection.url("/abonnement"), operation: "abonnement_create", json: body, as: Abonnement.self,
            options: options)
    }

    /// `PUT /abonnement/{uuid}`: replaces a subscription as a whole (give `auth` again: providers never return it).
    ///
    /// ```swift
    /// var changed = abonnement
    /// changed.auth = Secret("Bearer \(newToken)")
    /// changed.kanalen.append(AbonnementFilterGroup(naam: "documenten"))
    /// let updated = try await notificaties.updateAbonnement(at: abonnement.url!, to: changed)
    /// ```
    ///
    /// - Throws: ``OpenServicesCore/OpenServicesError`` (invalid input) before sending anything when
    ///   `auth` is missing or there is no channel.
    public func updateAbonnement(
        at url: ZGWResourceURL<Abonnement>, to abonnement: Abonnement, options: ZGWCallOptions = .none
    ) async throws -> Abonnement {
        try Self.checkComplete(abonnement, operation: "abonnement_update")
        let target = try connection.resolve(url, operation: "abonnement_update")
        var body = abonnement
        body.url = nil
        return try await connection.send(
            .put, target, operation: "abonnement_update", json: body, as: Abonnement.self, options: options)
    }

    /// `PATCH /abonnement/{uuid}`: changes the fields set in `patch` (give `auth` too: Open Notificaties
    /// checks the callback with the `auth` of the body on every change).
    ///
    /// ```swift
    /// let updated = try await notificaties.patchAbonnement(at: abonnement.url!, AbonnementPatch(auth: Secret("Bearer \(newToken)")))
    /// ```
    public func patchAbonnement(
        at url: ZGWResourceURL<Abonnement>, _ patch: AbonnementPatch, options: ZGWCallOptions = .none
    ) async throws -> Abonnement {
        let target = try connection.resolve(url, operation: "abonnement_partial_update")
        return try await connection.send(
            .patch, target, operation: "abonnement_partial_update", json: patch, as: Abonnement.self, options: options)
    }

    /// `DELETE /abonnement/{uuid}`: ends a subscription.
    ///
    /// ```swift
    /// try await notificaties.deleteAbonnement(at: abonnement.url!)
    /// ```
    public func deleteAbonnement(at url: ZGWResourceURL<Abonnement>, options: ZGWCallOptions = .none) async throws {
        let target = try connection.resolve(url, operation: "abonnement_delete")
        try await connection.delete(target, operation: "abonnement_delete", options: options)
    }

    /// The URL of the subscription with `uuid` on this API.
    ///
    /// ```swift
    /// try await notificaties.deleteAbonnement(at: notificaties.abonnementURL(uuid))
    /// ```
    public func abonnementURL(_ uuid: UUID) -> ZGWResourceURL<Abonnement> {
        resourceURL("abonnement", uuid)
    }

    /// The URL of the channel with `uuid` on this API.
    public func kanaalURL(_ uuid: UUID) -> ZGWResourceURL<Kanaal> {
        resourceURL("kanaal", uuid)
    }

    static func checkComplete(_ abonnement: Abonnement, operation: String) throws {
        if abonnement.auth?.isEmpty ?? true {
            throw OpenServicesError(
                .invalidInput, "The abonnement has no auth value (rule: Abonnement.auth is required).",
                remediation: "Set auth to the Authorization value the provider must send to the callback URL, e.g. Secret(\"Bearer <token>\"); providers never return it, so set it again before an update.",
                service: ZGWAPI.notificaties.rawValue, operation: operation)
        }
        if abonnement.kanalen.isEmpty {
            throw OpenServicesError(
                .invalidInput, "The abonnement names no kanaal (rule: Abonnement.kanalen is required).",
                remediation: "Add at least one AbonnementFilterGroup, e.g. AbonnementFilterGroup(naam: \"zaken\").",
                service: ZGWAPI.notificaties.rawValue, operation: operation)
        }
    }
}
