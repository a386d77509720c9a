public import Foundation
import OpenServicesCore

extension ZakenClient {
    /// `GET /zaken/{uuid}/audittrail`: every change to the zaak and what belongs to it, oldest first (unpaged).
    ///
    /// ```swift
    /// for regel in try await zaken.auditTrail(of: zaak.url) {
    ///     print(regel.aanmaakdatum, regel.actie, regel.resource, regel.toelichting ?? "")
    /// }
    /// ```
    public func auditTrail(of zaak: ZGWResourceURL<Zaak>) async throws -> [AuditTrail] {
        let target = try connection.resolve(zaak, in: "zaken", operation: "audittrail_list")
        return try await connection.get(target.appending(path: "audittrail"), operation: "audittrail_list", as: [AuditTrail].self)
    }

    /// `GET /zaken/{zaak_uuid}/audittrail/{uuid}`: one entry.
    ///
    /// ```swift
    /// let regel = try await zaken.auditTrailEntry(uuid, of: zaak.url)
    /// ```
    public func auditTrailEntry(_ uuid: UUID, of zaak: ZGWResourceURL<Zaak>) async throws -> AuditTrail {
        let target = try connection.resolve(zaak, in: "zaken", operation: "audittrail_retrieve")
        let url = target.appending(path: "audittrail").appending(path: uuid.uuidString.lowercased())
        return try await connection.get(url, operation: "audittrail_retrieve", as: AuditTrail.self)
    }
}
