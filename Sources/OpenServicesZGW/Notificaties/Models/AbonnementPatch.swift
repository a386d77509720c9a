public import Foundation
public import OpenServicesCore

/// The fields of an ``Abonnement`` to change with `PATCH`; only the ones that are set are sent.
///
/// Open Notificaties checks the callback on every change of an abonnement, PATCH included, by posting
/// a test notification with the `auth` of the request body: leave ``auth`` out and that check fails
/// (400 `invalid-callback-url`), so set it in every patch for that provider.
///
/// ```swift
/// let updated = try await notificaties.patchAbonnement(
///     at: abonnementURL, AbonnementPatch(callbackUrl: newCallback, auth: Secret("Bearer \(token)")))
/// ```
public struct AbonnementPatch: Sendable, Hashable, Encodable, CustomStringConvertible {
    /// A new callback URL.
    public var callbackUrl: URL?
    /// A new `Authorization` value for the callback (a secret: never described or logged).
    public var auth: Secret?
    /// New channels and filters (they replace the current ones).
    public var kanalen: [AbonnementFilterGroup]?

    /// Creates a patch.
    public init(callbackUrl: URL? = nil, auth: Secret? = nil, kanalen: [AbonnementFilterGroup]? = nil) {
        self.callbackUrl = callbackUrl
        self.auth = auth
        self.kanalen = kanalen
    }

    /// The official field names.
    enum CodingKeys: String, CodingKey {
        case callbackUrl, auth, kanalen
    }

    /// Encodes the fields that are set, revealing ``auth`` (the provider needs it).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(callbackUrl?.absoluteString, forKey: .callbackUrl)
        try container.encodeIfPresent(auth?.reveal(), forKey: .auth)
        try container.encodeIfPresent(kanalen, forKey: .kanalen)
    }

    /// The fields that are set; `auth` shows as `<secret>`.
    public var description: String {
        var parts: [String] = []
        if let callbackUrl { parts.append("callbackUrl: \(callbackUrl.absoluteString)") }
        if auth != nil { parts.append("auth: <secret>") }
        if let kanalen { parts.append("kanalen: [\(kanalen.map(\.naam).joined(separator: ", "))]") }
        return "AbonnementPatch(\(parts.joined(separator: ", ")))"
    }
}
