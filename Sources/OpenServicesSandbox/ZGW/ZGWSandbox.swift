import Foundation
import HTTPTypes
public import Logging
public import OpenServicesCore
import OpenServicesHTTP

/// The sandbox's fakes of the ZGW APIs as Open Zaak and Open Notificaties serve them: Zaken 1.5.1,
/// Catalogi 1.3.1 (read), Documenten 1.4.2, Besluiten 1.1.0, Notificaties 1.0.0 and Autorisaties 1.0.0,
/// with a fictitious catalogus, zaaktypen, zaken (some for sandbox BRP persons), documents and a besluit.
///
/// Each API is one ``SandboxService`` (``api``) under its own root (``API/basePath``); the six
/// services made by ``services(notificationConnector:deliveryTimeout:logger:)`` share one store, so
/// a zaak can refer to a zaaktype and a document, and a change in one API notifies through another.
///
/// Like the real providers:
/// - Every call needs a ZGW JWT (HS256) for ``clientID`` signed with ``secret``, with `iat`, no clock
///   leeway: otherwise 403 with `permission_denied`, `invalid-client-identifier`,
///   `invalid-jwt-signature`, `jwt-missing-iat-claim`, `jwt-immature` (iat in the future) or
///   `jwt-expired` (`exp` passed, or `iat` more than 3600 s ago).
/// - `/zaken`, `/zaken/{uuid}` and `/zaken/_zoek` answer 412 without `Accept-Crs: EPSG:4326`, and
///   without `Content-Crs: EPSG:4326` when a body is sent.
/// - Validation errors are 400 `ValidatieFout` with `invalidParams` (`required`, `invalid`, `bad-url`,
///   `does_not_exist`, `not-published`, `zaaktype-mismatch`, `unique`, …); unknown query parameters
///   are 400 `unknown-parameters`; unknown uuids 404; lists page by 100 (`page`) where the
///   specification pages them. Every answer carries `API-version`; absolute URLs follow the
///   request's host (a sandbox URL is recognised by its path, whatever its host).
/// - Documents take base64 `inhoud` and answer it as the download URL
///   (`…/enkelvoudiginformatieobjecten/{uuid}/download?versie=N`, `application/octet-stream`);
///   updates need the lock (`/lock`, `/unlock`). A zaak- or besluitinformatieobject creates the
///   objectinformatieobject.
/// - Creates, updates and deletes in Zaken, Documenten, Besluiten and Autorisaties are written to the
///   audit trail (Zaken, Documenten, Besluiten; with `X-Audit-Toelichting`) and published on the
///   kanaal of the API (`zaken`, `documenten`, `besluiten`, `autorisaties`), as is every `POST /notificaties`.
///
/// **Delivery.** A notification is posted (JSON, `Authorization: <abonnement.auth>`) to the
/// `callbackUrl` of every abonnement whose kanaal matches and whose filters all equal the
/// notification's kenmerken, through the notification connector (an `HTTPConnector` by default; a
/// recording connector in tests). Delivery happens after the answer is computed and before it is
/// returned: all deliveries run at once, each bounded by the delivery timeout; a failure or a slow
/// callback is logged and never changes the answer. So when a call returns, its notifications have
/// been delivered (or given up) — deterministic for tests, in-process and over HTTP alike.
/// Unlike Open Notificaties, creating an abonnement does not post a test notification to the callback.
///
/// ```swift
/// let sandbox = Sandbox()   // includes the six ZGW services
/// let jwt = try ZGWJWTProvider(clientID: ZGWSandbox.clientID, secret: Secret(ZGWSandbox.secret))
/// let zaken = sandbox.baseURL(for: "zaken")!   // http://sandbox.openservices.invalid/zaken/api/v1
/// ```
public struct ZGWSandbox: SandboxService {
    /// The six ZGW APIs the sandbox serves.
    public enum API: String, Sendable, CaseIterable {
        /// Zaken API 1.5.1 under `/zaken/api/v1`.
        case zaken
        /// Catalogi API 1.3.1 (read) under `/catalogi/api/v1`.
        case catalogi
        /// Documenten API 1.4.2 under `/documenten/api/v1`.
        case documenten
        /// Besluiten API 1.1.0 under `/besluiten/api/v1`.
        case besluiten
        /// Notificaties API 1.0.0 under `/notificaties/api/v1`.
        case notificaties
        /// Autorisaties API 1.0.0 under `/autorisaties/api/v1`.
        case autorisaties

        /// The API root path, e.g. `/zaken/api/v1`.
        public var basePath: String { "/\(rawValue)/api/v1" }

        /// The version answered in `API-version`.
        public var version: String {
            switch self {
            case .zaken: "1.5.1"
            case .catalogi: "1.3.1"
            case .documenten: "1.4.2"
            case .besluiten: "1.1.0"
            case .notificaties, .autorisaties: "1.0.0"
            }
        }

        /// The kanaal its changes are published on, if any.
        var kanaal: String? {
            switch self {
            case .zaken, .documenten, .besluiten, .autorisaties: rawValue
            case .catalogi, .notificaties: nil
            }
        }

        /// The `bron` of its audit trail, if it keeps one.
        var bron: String? {
            switch self {
            case .zaken: "zrc"
            case .documenten: "drc"
            case .besluiten: "brc"
            default: nil
            }
        }

        /// The kenmerken of its notifications, taken from the hoofdObject.
        var kenmerken: [String] {
            switch self {
            case .zaken: ["bronorganisatie", "zaaktype", "vertrouwelijkheidaanduiding"]
            case .documenten: ["bronorganisatie", "informatieobjecttype", "vertrouwelijkheidaanduiding"]
            case .besluiten: ["verantwoordelijkeOrganisatie", "besluittype"]
            default: []
            }
        }
    }

    /// The only client id the sandbox accepts in a ZGW JWT: `openservices-sandbox`.
    public static let clientID = "openservices-sandbox"
    /// The secret the sandbox's JWTs must be signed with (HS256): `openservices-sandbox-geheim`.
    public static let secret = "openservices-sandbox-geheim"

    /// Which API this service answers.
    public let api: API
    /// The service name: `zaken`, `catalogi`, `documenten`, `besluiten`, `notificaties` or `autorisaties`.
    public var name: String { api.rawValue }
    /// The API root, e.g. `/zaken/api/v1`.
    public var basePath: String { api.basePath }

    let store: ZGWStore
    let notifier: ZGWNotifier

    /// The six ZGW services of one sandbox, sharing one store seeded with the fictitious data.
    ///
    /// - Parameters:
    ///   - notificationConnector: How notifications reach the abonnementen's callbacks (`nil`: an `HTTPConnector`).
    ///   - deliveryTimeout: How long one delivery may take before it is given up (default 5 s).
    ///   - logger: Where failed deliveries are logged.
    public static func services(
        notificationConnector: (any Connector)? = nil, deliveryTimeout: Duration = .seconds(5),
        logger: Logger = Logger(label: "openservices.sandbox.zgw")
    ) -> [ZGWSandbox] {
        let store = ZGWStore()
        let notifier = ZGWNotifier(connector: notificationConnector ?? HTTPConnector(), timeout: deliveryTimeout, logger: logger)
        return API.allCases.map { ZGWSandbox(api: $0, store: store, notifier: notifier) }
    }

    init(api: API, store: ZGWStore, notifier: ZGWNotifier) {
        self.api = api
        self.store = store
        self.notifier = notifier
    }

    /// Answers one request the way Open Zaak (or Open Notificaties) does, then delivers the
    /// notifications the request caused before returning.
    public func respond(to request: SandboxRequest) async -> ServiceResponse {
        let now = Date()
        var response: ServiceResponse
        var deliveries: [ZGWDelivery] = []
        switch ZGWJWTValidator.authenticate(request.headerFields, now: now) {
        case .refused(let refusal):
            response = refusal
        case .accepted(let claims):
            let origin = String(request.baseURL.dropLast(api.basePath.count))
            let call = ZGWCall(api: api, request: request, origin: origin, now: now, claims: claims)
            (response, deliveries) = await store.handle(call)
        }
        response.head.headerFields[HTTPField.Name("API-version")!] = api.version
        await notifier.deliver(deliveries)
        return response
    }
}
