import OpenServicesCore

extension DocumentenClient {
    /// `POST /enkelvoudiginformatieobjecten/{uuid}/lock`: locks the document for editing and returns the
    /// lock, which every update and the unlock must carry.
    ///
    /// ```swift
    /// let lock = try await documenten.lockDocument(document.url)
    /// defer { Task { try await documenten.unlockDocument(document.url, lock: lock) } }
    /// ```
    ///
    /// - Throws: ``OpenServicesCore/OpenServicesError`` (invalid request) when the document is already locked.
    public func lockDocument(_ url: ZGWResourceURL<EnkelvoudigInformatieObject>, options: ZGWCallOptions = .none) async throws
        -> String
    {
        let operation = "enkelvoudiginformatieobject_lock"
        let target = try connection.resolve(url, operation: operation).appending(path: "lock")
        let response = try await connection.send(.post, target, operation: operation, body: ServiceBody(text: "{}"), options: options)
        return try await response.decode(DocumentLock.self, context: connection.context(operation)).lock
    }

    /// `POST /enkelvoudiginformatieobjecten/{uuid}/unlock` with the lock ``lockDocument(_:options:)``
    /// returned; the API answers 204.
    ///
    /// ```swift
    /// try await documenten.unlockDocument(document.url, lock: lock)
    /// ```
    public func unlockDocument(
        _ url: ZGWResourceURL<EnkelvoudigInformatieObject>, lock: String, options: ZGWCallOptions = .none
    ) async throws {
        let operation = "enkelvoudiginformatieobject_unlock"
        let target = try connection.resolve(url, operation: operation).appending(path: "unlock")
        let body = ServiceBody(try connection.encode(DocumentLock(lock: lock), operation: operation))
        _ = try await connection.send(.post, target, operation: operation, body: body, options: options)
    }
}

/// The body of a lock answer and an unlock request: `{"lock": "…"}`.
struct DocumentLock: Codable, Sendable {
    let lock: String
}
