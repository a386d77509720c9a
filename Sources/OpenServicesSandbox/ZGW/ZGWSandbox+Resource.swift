public import Foundation

extension ZGWSandbox {
    /// A resource of the sandbox's fictitious data, by API, collection and a uuid that never changes,
    /// so tests and documentation can refer to it.
    ///
    /// ```swift
    /// let zaaktype = ZGWSandbox.zaaktypeMelding.url(in: Sandbox())!
    /// // http://sandbox.openservices.invalid/catalogi/api/v1/zaaktypen/2aa7e000-0000-4000-8000-000000000001
    /// ```
    public struct Resource: Sendable, Hashable, CustomStringConvertible {
        /// The API that serves it.
        public let api: API
        /// The collection, e.g. `zaaktypen`.
        public let collection: String
        /// The uuid.
        public let uuid: String

        init(_ api: API, _ collection: String, _ uuid: String) {
            self.api = api
            self.collection = collection
            self.uuid = uuid
        }

        /// Its URL below an API root URL, e.g. `SandboxServer`'s `http://127.0.0.1:8080/catalogi/api/v1`.
        public func url(apiRoot: URL) -> URL {
            apiRoot.appending(path: collection).appending(path: uuid)
        }

        /// Its URL in an in-process sandbox (`nil` when the sandbox does not serve its API).
        public func url(in sandbox: Sandbox) -> URL? {
            sandbox.baseURL(for: api.rawValue).map(url(apiRoot:))
        }

        /// Its path below the API root, e.g. `/zaaktypen/2aa7e000-…`.
        public var description: String { "/\(collection)/\(uuid)" }

        /// The canonical URL the store keeps.
        var canonical: String { ZGWURLs.resource(api, collection, uuid) }
    }
}
