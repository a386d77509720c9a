public import Foundation
import OpenServicesCore

extension NotificatiesClient {
    /// `GET /kanaal`: every channel, or the one named `naam`.
    ///
    /// ```swift
    /// let bestaat = try await !notificaties.kanalen(naam: "zaken").isEmpty
    /// ```
    public func kanalen(naam: String? = nil) async throws -> [Kanaal] {
        let query = naam.map { [("naam", $0)] } ?? []
        return try await list(connection.url("/kanaal", query: query), operation: "kanaal_list", of: Kanaal.self)
    }

    /// `GET /kanaal/{uuid}`: one channel.
    ///
    /// ```swift
    /// let kanaal = try await notificaties.kanaal(uuid)
    /// ```
    public func kanaal(_ uuid: UUID) async throws -> Kanaal {
        try await kanaal(at: resourceURL("kanaal", uuid))
    }

    /// `GET` of a channel by its URL.
    ///
    /// ```swift
    /// let kanaal = try await notificaties.kanaal(at: kanaalURL)
    /// ```
    ///
    /// - Throws: ``OpenServicesCore/OpenServicesError`` (invalid input) when the URL is not under this API's root.
    public func kanaal(at url: ZGWResourceURL<Kanaal>) async throws -> Kanaal {
        let target = try connection.resolve(url, operation: "kanaal_read")
        return try await connection.get(target, operation: "kanaal_read", as: Kanaal.self)
    }

    /// `POST /kanaal`: registers a channel (names are unique; look it up with ``kanalen(naam:)`` first).
    ///
    /// ```swift
    /// let kanaal = try await notificaties.createKanaal(Kanaal(naam: "zaken", filters: ["bronorganisatie"]))
    /// ```
    public func createKanaal(_ kanaal: Kanaal, options: ZGWCallOptions = .none) async throws -> Kanaal {
        var body = kanaal
        body.url = nil
        return try await connection.send(
            .post, connection.url("/kanaal"), operation: "kanaal_create", json: body, as: Kanaal.self, options: options)
    }
}
