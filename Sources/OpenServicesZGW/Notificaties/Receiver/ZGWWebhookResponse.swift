public import Foundation
public import HTTPTypes

/// What a ``ZGWNotificationReceiver`` answers: the response head and its body, for the host server
/// to send as they are.
public struct ZGWWebhookResponse: Sendable, Hashable {
    /// Status and header fields (`API-version`, `Content-Type` for a problem, `Allow` for 405,
    /// `Retry-After` for 503).
    public var head: HTTPResponse
    /// The body: empty for 204, an RFC 9457 problem+json document otherwise.
    public var body: Data

    /// Creates a response.
    public init(head: HTTPResponse, body: Data = Data()) {
        self.head = head
        self.body = body
    }

    /// The status.
    public var status: HTTPResponse.Status { head.status }
}
