import HTTPTypes

/// What the ZGW fakes know of one resource collection: its writable fields and their rules, the
/// fields a new resource gets when the client leaves them out, its list filters and paging, and the
/// methods its item endpoint allows. Behaviour particular to a resource (generated identificaties,
/// relations, side effects) lives in the `ZGWState+…` extensions, keyed by ``collection``.
struct ZGWResource: Sendable {
    /// The API the collection belongs to.
    var api: ZGWSandbox.API
    /// The collection's path segment, e.g. `zaken`, `kanaal`.
    var collection: String
    /// The resource name in notifications and the audit trail, e.g. `zaak`.
    var name: String
    /// The writable fields.
    var fields: [String: ZGWField]
    /// The fields a create (and a PUT) must give.
    var required: [String]
    /// The optional fields as the provider answers them when not given.
    var defaults: ZGWObject = [:]
    /// Whether the resource has a `uuid` field (otherwise the uuid is only in its URL).
    var uuidField = true
    /// Whether the list is paged (`count`, `next`, `previous`, `results`) or a plain array.
    var paged = true
    /// The methods of `/{collection}`.
    var collectionMethods: Set<HTTPRequest.Method> = [.get, .post]
    /// The methods of `/{collection}/{uuid}`.
    var itemMethods: Set<HTTPRequest.Method> = [.get, .put, .patch, .delete]
    /// The list filters by query parameter name.
    var filters: [String: ZGWFilter] = [:]
    /// The field holding the URL of the notification's and audit trail's `hoofdObject`; `nil`: the resource itself.
    var hoofdField: String?

    /// Every resource the fakes serve.
    static let all: [ZGWResource] = zaken + catalogi + documenten + besluiten + notificaties + autorisaties

    /// The resource of a collection.
    static func named(_ collection: String) -> ZGWResource? { byCollection[collection] }

    private static let byCollection: [String: ZGWResource] = Dictionary(uniqueKeysWithValues: all.map { ($0.collection, $0) })

    /// The API version each API answers in its `API-version` header.
    var version: String { api.version }
}
