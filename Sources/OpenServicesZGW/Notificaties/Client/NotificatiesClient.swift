public import Foundation
import HTTPTypes
public import OpenServicesCore

/// The client of the Notificaties API 1.0 (NRC): channels (kanalen), subscriptions (abonnementen)
/// and publishing notifications.
///
/// ```swift
/// let pipeline = Pipeline(
///     connector: HTTPConnector(),
///     credentials: CredentialStage(try ZGWJWTProvider(clientID: "zaaksysteem", secret: Secret(secret))))
/// let notificaties = NotificatiesClient(
///     pipeline: pipeline, baseURL: URL(string: "https://notificaties.example.nl/api/v1")!)
/// let abonnement = try await notificaties.createAbonnement(Abonnement(
///     callbackUrl: URL(string: "https://zaaksysteem.example.nl/zgw/notificaties")!,
///     auth: Secret("Bearer \(webhookToken)"),
///     kanalen: [AbonnementFilterGroup(naam: "zaken")]))
/// ```
///
/// The notifications themselves arrive at the callback URL: serve a ``ZGWNotificationReceiver`` there.
/// Creates (`POST`) are not retried once sent unless ``ZGWCallOptions/idempotencyKey`` is set.
public struct NotificatiesClient: Sendable {
    /// The connection (API `notificaties`) every call goes through.
    public let connection: ZGWConnection

    /// Creates a client.
    ///
    /// - Parameters:
    ///   - pipeline: The pipeline, with a ``OpenServicesCore/ZGWJWTProvider`` credential.
    ///   - baseURL: The API root, e.g. `https://notificaties.example.nl/api/v1`.
    ///   - resourceRoots: Other roots the provider's resource URLs may start with (FSC outway, proxy).
    public init(pipeline: Pipeline, baseURL: URL, resourceRoots: [URL] = []) {
        connection = ZGWConnection(api: .notificaties, pipeline: pipeline, baseURL: baseURL, resourceRoots: resourceRoots)
    }

    /// `POST /notificaties`: publishes a notification on its channel; the provider routes it to every
    /// matching subscription and answers with the notification.
    ///
    /// ```swift
    /// try await notificaties.publish(ZGWNotification(
    ///     kanaal: "zaken", hoofdObject: zaak.url, resource: "zaak", resourceUrl: zaak.url,
    ///     actie: "create", aanmaakdatum: Date(), kenmerken: ["bronorganisatie": "002220647"]))
    /// ```
    @discardableResult
    public func publish(_ notification: ZGWNotification, options: ZGWCallOptions = .none) async throws -> ZGWNotification {
        try await connection.send(
            .post, connection.url("/notificaties"), operation: "notificaties_create", json: notification,
            as: ZGWNotification.self, options: options)
    }

    /// The URL of a resource below the API root by UUID, e.g. `/abonnement/{uuid}`.
    func resourceURL<Resource>(_ collection: String, _ uuid: UUID) -> ZGWResourceURL<Resource> {
        ZGWResourceURL(connection.url("/\(collection)/\(uuid.uuidString.lowercased())"))
    }

    /// Every item of a list the provider answers as a JSON array (Notificaties API 1.0) or, as some
    /// newer providers do, as ZGW pages (followed to the end).
    func list<Item: Decodable & Sendable>(_ url: URL, operation: String, of item: Item.Type) async throws -> [Item] {
        switch try await connection.get(url, operation: operation, as: NotificatiesList<Item>.self) {
        case .array(let items):
            return items
        case .page(let first):
            var items = first.results
            var seen: Set<String> = []
            var next = first.next
            while let link = next, !link.isEmpty, seen.insert(link).inserted {
                let target = try connection.resolve(try ZGWResourceURL<ZGWPage<Item>>(link), operation: operation)
                let page = try await connection.page(target, operation: operation, of: Item.self)
                items += page.results
                next = page.next
            }
            return items
        }
    }
}

/// A list answer: a bare JSON array or a ZGW page.
enum NotificatiesList<Item: Decodable & Sendable>: Decodable {
    case array([Item])
    case page(ZGWPage<Item>)

    init(from decoder: any Decoder) throws {
        if (try? decoder.unkeyedContainer()) != nil {
            self = .array(try [Item](from: decoder))
        } else {
            self = .page(try ZGWPage<Item>(from: decoder))
        }
    }
}
