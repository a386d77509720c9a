public import Foundation
import OpenServicesCore

extension ZakenClient {
    /// `GET /zaken/{uuid}/zaakeigenschappen`: a zaak's eigenschap values (unpaged).
    ///
    /// ```swift
    /// for eigenschap in try await zaken.zaakEigenschappen(of: zaak.url) { print(eigenschap.naam, eigenschap.waarde) }
    /// ```
    public func zaakEigenschappen(of zaak: ZGWResourceURL<Zaak>) async throws -> [ZaakEigenschap] {
        let target = try connection.resolve(zaak, in: "zaken", operation: "zaakeigenschap_list")
        return try await connection.get(target.appending(path: "zaakeigenschappen"), operation: "zaakeigenschap_list", as: [ZaakEigenschap].self)
    }

    /// `GET /zaken/{zaak_uuid}/zaakeigenschappen/{uuid}`.
    ///
    /// ```swift
    /// let eigenschap = try await zaken.zaakEigenschap(uuid, zaak: zaakUUID)
    /// ```
    public func zaakEigenschap(_ uuid: UUID, zaak: UUID) async throws -> ZaakEigenschap {
        let path = "zaken/\(zaak.uuidString.lowercased())/zaakeigenschappen"
        return try await connection.resource(path, uuid, operation: "zaakeigenschap_retrieve", as: ZaakEigenschap.self)
    }

    /// `GET` a zaakeigenschap by its URL.
    ///
    /// ```swift
    /// let eigenschap = try await zaken.zaakEigenschap(at: zaak.eigenschappen[0])
    /// ```
    public func zaakEigenschap(at url: ZGWResourceURL<ZaakEigenschap>) async throws -> ZaakEigenschap {
        let target = try Self.nested(url, "zaakeigenschappen", connection: connection, operation: "zaakeigenschap_retrieve")
        return try await connection.get(target, operation: "zaakeigenschap_retrieve", as: ZaakEigenschap.self)
    }

    /// `POST /zaken/{uuid}/zaakeigenschappen` (the zaak of `eigenschap`): sets an eigenschap's value.
    /// Not retried once sent, unless `options` carries an idempotency key.
    ///
    /// ```swift
    /// let waarde = try await zaken.createZaakEigenschap(
    ///     ZaakEigenschapInput(zaak: zaak.url, eigenschap: oppervlakte.url, waarde: "120"))
    /// ```
    public func createZaakEigenschap(_ eigenschap: ZaakEigenschapInput, options: ZGWCallOptions = .none) async throws -> ZaakEigenschap {
        let zaak = try connection.resolve(eigenschap.zaak, in: "zaken", operation: "zaakeigenschap_create")
        return try await connection.send(
            .post, zaak.appending(path: "zaakeigenschappen"), operation: "zaakeigenschap_create", json: eigenschap,
            as: ZaakEigenschap.self, options: options)
    }

    /// `PUT /zaken/{zaak_uuid}/zaakeigenschappen/{uuid}`.
    ///
    /// ```swift
    /// let bijgewerkt = try await zaken.updateZaakEigenschap(
    ///     waarde.url, with: ZaakEigenschapInput(zaak: zaak.url, eigenschap: oppervlakte.url, waarde: "135"))
    /// ```
    public func updateZaakEigenschap(
        _ url: ZGWResourceURL<ZaakEigenschap>, with eigenschap: ZaakEigenschapInput, options: ZGWCallOptions = .none
    ) async throws -> ZaakEigenschap {
        let target = try Self.nested(url, "zaakeigenschappen", connection: connection, operation: "zaakeigenschap_update")
        return try await connection.send(.put, target, operation: "zaakeigenschap_update", json: eigenschap, as: ZaakEigenschap.self, options: options)
    }

    /// `DELETE /zaken/{zaak_uuid}/zaakeigenschappen/{uuid}`.
    ///
    /// ```swift
    /// try await zaken.deleteZaakEigenschap(waarde.url)
    /// ```
    public func deleteZaakEigenschap(_ url: ZGWResourceURL<ZaakEigenschap>, options: ZGWCallOptions = .none) async throws {
        let target = try Self.nested(url, "zaakeigenschappen", connection: connection, operation: "zaakeigenschap_destroy")
        try await connection.delete(target, operation: "zaakeigenschap_destroy", options: options)
    }

    /// Resolves the URL of a resource nested under a zaak (`/zaken/{uuid}/{collection}/{uuid}`).
    static func nested<Resource>(
        _ url: ZGWResourceURL<Resource>, _ collection: String, connection: ZGWConnection, operation: String
    ) throws -> URL {
        let target = try connection.resolve(url, in: "zaken", operation: operation)
        let parts = target.path(percentEncoded: false).split(separator: "/")
        guard parts.count >= 4, parts[parts.count - 2] == collection[...], parts[parts.count - 4] == "zaken" else {
            throw OpenServicesError(
                .invalidInput, "The \(Resource.self) URL \(url) is not of the form …/zaken/{uuid}/\(collection)/{uuid} (rule: ZGW resource URL).",
                remediation: "Pass the URL of a \(Resource.self) as the API returned it in its `url` field.",
                service: ZGWAPI.zaken.rawValue, operation: operation)
        }
        return target
    }
}
