public import Foundation
public import HTTPTypes
public import OpenServicesCore

/// The webhook that receives the Notificaties API's calls: it authenticates them, answers as the
/// consumer webhook specification says and delivers each notification through ``notifications``.
///
/// It is framework-agnostic: the host server hands it each request's head (swift-http-types) and body
/// and sends back the ``ZGWWebhookResponse``:
///
/// | Request | Answer |
/// |---|---|
/// | `POST`, expected `Authorization`, a valid `Notificatie` | **204**, the notification is delivered |
/// | no `Authorization` | **401** problem+json |
/// | an `Authorization` that is not one of the expected values | **403** problem+json |
/// | a body that does not decode | **400** problem+json whose `invalid-params` name the field |
/// | any method but `POST` | **405** with `Allow: POST` |
/// | the buffer is full, or the receiver was finished | **503** with `Retry-After`, nothing is delivered |
///
/// ```swift
/// let receiver = try ZGWNotificationReceiver(authorization: Secret("Bearer \(webhookToken)"))
/// Task {
///     for await notificatie in receiver.notifications {
///         print(notificatie.kanaal, notificatie.actie, notificatie.resourceUrl)
///     }
/// }
/// let answer = await receiver.handle(request.head, body: body)   // in the host's route
/// ```
///
/// **Authentication.** The Notificaties API sends the subscription's `auth` value verbatim as
/// `Authorization`. The receiver compares it with each expected value (several during a rotation) in
/// constant time; the values are ``OpenServicesCore/Secret``s and never appear in a description or
/// a response.
///
/// **Buffering.** Accepted notifications wait in a bounded buffer of ``bufferCapacity`` until the
/// consumer of ``notifications`` takes them. The 204 means "accepted into the buffer". When the
/// consumer is slow and the buffer is full, the receiver does not drop anything: it answers 503 with
/// `Retry-After`, so the provider delivers that notification again later (Open Notificaties retries
/// failed deliveries with back-off and records the ones that keep failing). After ``finish()``,
/// every call is answered 503 the same way, while the consumer still gets what was buffered before.
/// Notifications in the buffer are lost if the process dies, so persist what matters in the consumer.
///
/// ``notifications`` is a single-consumer sequence: iterate it from one task. Ending that iteration
/// (the task is cancelled) finishes the receiver too.
///
/// **Subscribing.** When an abonnement is created or its callback changed, Open Notificaties checks
/// the callback first: a `POST` without `Authorization` must be refused (it accepts 401 and 403) and a
/// notification on kanaal `test` with the abonnement's `auth` must be answered 204. So serve the
/// receiver before calling ``NotificatiesClient/createAbonnement(_:options:)``; the `test`
/// notification is delivered like any other (skip `kanaal == "test"` if it is of no use to you).
///
/// **Mounting it in Hummingbird.** Hummingbird 2's `Request` and `Response` are built on
/// swift-http-types, so the adapter is a route of a few lines:
///
/// ```swift
/// import Hummingbird
/// import OpenServicesZGW
///
/// let receiver = try ZGWNotificationReceiver(authorization: Secret(webhookAuth))
/// let router = Router()
/// router.post("zgw/notificaties") { request, _ -> Response in
///     let body = try await request.body.collect(upTo: ZGWNotificationReceiver.maximumBodySize)
///     let answer = await receiver.handle(request.head, body: Data(body.readableBytesView))
///     return Response(
///         status: answer.status, headers: answer.head.headerFields,
///         body: ResponseBody(byteBuffer: ByteBuffer(bytes: answer.body)))
/// }
/// let app = Application(router: router, configuration: .init(address: .hostname("0.0.0.0", port: 8080)))
/// Task { for await notificatie in receiver.notifications { try await handle(notificatie) } }
/// try await app.runService()
/// ```
///
/// A `POST`-only route leaves other methods to Hummingbird; register the handler for every method
/// (or use it as the application's `HTTPResponder`, as `openservices notificaties listen` does) to
/// get the receiver's 405. A body over ``maximumBodySize`` is refused by `collect(upTo:)` with 413.
public final class ZGWNotificationReceiver: Sendable, CustomStringConvertible {
    /// The buffer size used unless another is given: 256 notifications.
    public static let defaultBufferCapacity = 256
    /// The largest body a host should pass on (1 MiB; a notification is well under 10 KiB). Hosts
    /// collect the request body up to this size.
    public static let maximumBodySize = 1 << 20
    /// The seconds the 503 answers ask the provider to wait before delivering again.
    public static let retryAfterSeconds = 5

    /// The notifications, in the order they were accepted. Single consumer; ends after ``finish()``
    /// once the buffer is drained.
    public let notifications: AsyncStream<ZGWNotification>
    /// How many accepted notifications may wait for the consumer before calls are answered 503.
    public let bufferCapacity: Int
    private let continuation: AsyncStream<ZGWNotification>.Continuation
    private let expected: [Secret]

    /// Creates a receiver that accepts calls carrying `authorization` as their `Authorization` header.
    ///
    /// ```swift
    /// let receiver = try ZGWNotificationReceiver(authorization: Secret("Bearer \(webhookToken)"))
    /// ```
    ///
    /// - Parameters:
    ///   - authorization: The exact `Authorization` value, the `auth` of the ``Abonnement``.
    ///   - bufferCapacity: How many notifications may wait for the consumer (at least 1).
    /// - Throws: ``OpenServicesCore/OpenServicesError`` (configuration) for an empty value or a capacity below 1.
    public convenience init(authorization: Secret, bufferCapacity: Int = defaultBufferCapacity) throws {
        try self.init(acceptedAuthorizations: [authorization], bufferCapacity: bufferCapacity)
    }

    /// Creates a receiver that accepts any of several `Authorization` values, e.g. the old and the new
    /// one while the abonnement's `auth` is being rotated.
    ///
    /// ```swift
    /// let receiver = try ZGWNotificationReceiver(acceptedAuthorizations: [Secret(oldValue), Secret(newValue)])
    /// ```
    ///
    /// - Throws: ``OpenServicesCore/OpenServicesError`` (configuration) when there is no value, a value
    ///   is empty, or the capacity is below 1.
    public init(acceptedAuthorizations: [Secret], bufferCapacity: Int = defaultBufferCapacity) throws {
        guard !acceptedAuthorizations.isEmpty, !acceptedAuthorizations.contains(where: \.isEmpty) else {
            throw OpenServicesError(
                .invalidConfiguration, "A notification webhook needs at least one non-empty Authorization value to accept.",
                remediation: "Pass the auth value of the abonnement, e.g. Secret(\"Bearer <token>\"); a webhook without one would accept anybody.",
                service: ZGWAPI.notificaties.rawValue, operation: "notification_receive")
        }
        guard bufferCapacity >= 1 else {
            throw OpenServicesError(
                .invalidConfiguration, "The webhook buffer capacity \(bufferCapacity) is below 1.",
                remediation: "Give a capacity of at least 1 (default \(Self.defaultBufferCapacity)).",
                service: ZGWAPI.notificaties.rawValue, operation: "notification_receive")
        }
        expected = acceptedAuthorizations
        self.bufferCapacity = bufferCapacity
        (notifications, continuation) = AsyncStream.makeStream(of: ZGWNotification.self, bufferingPolicy: .bufferingOldest(bufferCapacity))
    }

    /// Handles one call of the Notificaties API (see the table above).
    ///
    /// ```swift
    /// let answer = await receiver.handle(request.head, body: Data(buffer.readableBytesView))
    /// ```
    ///
    /// - Parameters:
    ///   - request: The request head: method and header fields (the path is the host's business).
    ///   - body: The request body, collected up to ``maximumBodySize``.
    public func handle(_ request: HTTPRequest, body: Data) async -> ZGWWebhookResponse {
        guard request.method == .post else {
            return WebhookProblem.response(
                .methodNotAllowed, code: "method_not_allowed", title: "Method not allowed.",
                detail: "The notification webhook accepts POST only, not \(request.method.rawValue).",
                headers: [.allow: "POST"])
        }
        let values = request.headerFields[values: .authorization]
        guard let value = values.first, !value.isEmpty else {
            return WebhookProblem.response(
                .unauthorized, code: "not_authenticated", title: "Authentication credentials were not provided.",
                detail: "The call carries no Authorization header; the Notificaties API sends the abonnement's auth value there.")
        }
        guard values.count == 1, accepts(value) else {
            return WebhookProblem.response(
                .forbidden, code: "permission_denied", title: "The Authorization value is not accepted.",
                detail: "The Authorization header does not match the auth value of the abonnement this webhook serves.")
        }
        let notification: ZGWNotification
        do {
            notification = try JSONDecoder().decode(ZGWNotification.self, from: body)
        } catch {
            let parameter = WebhookProblem.invalidParameter(for: error, bodyIsEmpty: body.isEmpty)
            return WebhookProblem.response(
                .badRequest, code: "invalid", title: "Invalid input.",
                detail: "The body is not a valid Notificatie: \(parameter.name): \(parameter.reason)",
                invalidParams: [parameter])
        }
        switch continuation.yield(notification) {
        case .enqueued:
            return ZGWWebhookResponse(head: HTTPResponse(status: .noContent, headerFields: [ZGWHeaders.apiVersion: ZGWAPI.notificaties.version]))
        case .dropped:
            return unavailable(
                code: "buffer_full", title: "The receiver's buffer is full.",
                detail: "\(bufferCapacity) notifications are waiting to be processed; deliver this one again later.")
        case .terminated:
            return unavailable(
                code: "receiver_finished", title: "The receiver no longer accepts notifications.",
                detail: "The webhook is shutting down; deliver this notification again later.")
        @unknown default:
            return unavailable(code: "unavailable", title: "The receiver is unavailable.", detail: "Deliver this notification again later.")
        }
    }

    /// Stops accepting notifications: later calls are answered 503, and ``notifications`` ends once
    /// the consumer has taken what is buffered.
    ///
    /// ```swift
    /// receiver.finish()
    /// ```
    public func finish() {
        continuation.finish()
    }

    /// `ZGWNotificationReceiver(accepted values: N, buffer: C)`; never the values themselves.
    public var description: String {
        "ZGWNotificationReceiver(accepted Authorization values: \(expected.count), bufferCapacity: \(bufferCapacity))"
    }

    /// Whether `value` equals one of the expected values, compared in constant time: every expected
    /// value is compared in full, whatever matched before.
    private func accepts(_ value: String) -> Bool {
        let given = Array(value.utf8)
        var matched = false
        for secret in expected {
            let equal = Self.constantTimeEquals(given, Array(secret.reveal().utf8))
            matched = matched || equal
        }
        return matched
    }

    /// Compares two byte strings without stopping at the first difference; the time depends on the
    /// lengths only.
    static func constantTimeEquals(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt(bitPattern: a.count ^ b.count)
        for index in 0..<max(a.count, b.count) {
            let x = index < a.count ? a[index] : 0
            let y = index < b.count ? b[index] : 0
            difference |= UInt(x ^ y)
        }
        return difference == 0
    }

    private func unavailable(code: String, title: String, detail: String) -> ZGWWebhookResponse {
        WebhookProblem.response(
            .serviceUnavailable, code: code, title: title, detail: detail,
            headers: [.retryAfter: String(Self.retryAfterSeconds)])
    }
}
