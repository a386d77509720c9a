/// Per-call options of a ZGW operation.
///
/// ```swift
/// let zaak = try await zaken.create(nieuweZaak, options: ZGWCallOptions(
///     auditExplanation: "Aanvraag omgevingsvergunning ontvangen", idempotencyKey: aanvraag.id))
/// ```
public struct ZGWCallOptions: Sendable, Hashable {
    /// The reason for the change, sent as `X-Audit-Toelichting` and kept in the resource's audit trail.
    public var auditExplanation: String?
    /// A key that makes a create or update safe to send again: with it, the call is retried after a
    /// failure once it was sent; without it, a create is never retried once sent.
    public var idempotencyKey: String?

    /// Creates options.
    public init(auditExplanation: String? = nil, idempotencyKey: String? = nil) {
        self.auditExplanation = auditExplanation
        self.idempotencyKey = idempotencyKey
    }

    /// No audit explanation, no idempotency key.
    public static let none = ZGWCallOptions()
}
