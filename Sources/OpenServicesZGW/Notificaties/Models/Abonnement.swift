public import Foundation
public import OpenServicesCore

/// A subscription (`Abonnement`) of the Notificaties API: the provider posts every notification on
/// the ``kanalen`` (that passes their filters) to ``callbackUrl``, with ``auth`` as the
/// `Authorization` header.
///
/// ```swift
/// let abonnement = try await notificaties.createAbonnement(Abonnement(
///     callbackUrl: URL(string: "https://zaaksysteem.example.nl/zgw/notificaties")!,
///     auth: Secret("Bearer \(webhookToken)"),
///     kanalen: [AbonnementFilterGroup(naam: "zaken", filters: ["bronorganisatie": "002220647"])]))
/// ```
///
/// ``auth`` is a ``OpenServicesCore/Secret``: it never appears in a description or log line. It is
/// revealed only in the JSON sent to the provider, which is why encoding an `Abonnement` writes it.
/// Providers such as Open Notificaties treat it as write-only and leave it out of their answers, so
/// it is `nil` in an abonnement read back.
public struct Abonnement: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The subscription's URL (read-only; `nil` before it is created).
    public var url: ZGWResourceURL<Abonnement>?
    /// Where the notifications are posted (at most 200 characters).
    public var callbackUrl: URL
    /// The exact `Authorization` value the provider sends to ``callbackUrl``, e.g. `Bearer 4f1c…`;
    /// configure the same value in the ``ZGWNotificationReceiver``.
    public var auth: Secret?
    /// The channels subscribed to, each with its filters.
    public var kanalen: [AbonnementFilterGroup]

    /// Creates a subscription to register.
    public init(callbackUrl: URL, auth: Secret?, kanalen: [AbonnementFilterGroup], url: ZGWResourceURL<Abonnement>? = nil) {
        self.url = url
        self.callbackUrl = callbackUrl
        self.auth = auth
        self.kanalen = kanalen
    }

    /// The official field names.
    enum CodingKeys: String, CodingKey {
        case url, callbackUrl, auth, kanalen
    }

    /// Decodes the official JSON; an empty `url` is `nil`, a missing or empty `auth` is `nil`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        url = try container.decodeOptionalURL(.url).map(ZGWResourceURL.init)
        callbackUrl = try container.decodeAbsoluteURL(.callbackUrl)
        auth = try container.decodeIfPresent(String.self, forKey: .auth).flatMap { $0.isEmpty ? nil : Secret($0) }
        kanalen = try container.decodeIfPresent([AbonnementFilterGroup].self, forKey: .kanalen) ?? []
    }

    /// Encodes the official JSON, revealing ``auth`` (the provider needs it); leaves out what is `nil`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(url, forKey: .url)
        try container.encode(callbackUrl.absoluteString, forKey: .callbackUrl)
        try container.encodeIfPresent(auth?.reveal(), forKey: .auth)
        try container.encode(kanalen, forKey: .kanalen)
    }

    /// The URL, callback URL and channels; `auth` shows as `<secret>`.
    public var description: String {
        let channels = kanalen.map(\.naam).joined(separator: ", ")
        return "Abonnement(url: \(url?.description ?? "nil"), callbackUrl: \(callbackUrl.absoluteString), "
            + "auth: \(auth == nil ? "nil" : "<secret>"), kanalen: [\(channels)])"
    }
}
