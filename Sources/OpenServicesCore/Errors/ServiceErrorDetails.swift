/// The error body a government service returned, normalised from the shape that service uses.
///
/// OpenServices understands the four shapes the Dutch government APIs use:
///
/// | Shape | Services | Example |
/// |---|---|---|
/// | RFC 9457 problem+json with `invalidParams` | BRP, ZGW | `{"title":"…","status":400,"code":"paramsValidation","invalidParams":[…]}` |
/// | problem+json with `invalid-params` | BAG | `{"title":"…","status":400,"invalid-params":[…]}` |
/// | KVK `fout` list | KVK | `{"fout":[{"code":"IPD0004","omschrijving":"…"}]}` |
/// | PDOK `code`/`msg` | PDOK Locatieserver | `{"code":400,"msg":"…"}`, or nested as Solr does: `{"error":{"code":400,"msg":"…"}}` |
public struct ServiceErrorDetails: Sendable, Hashable {
    /// Which of the known error shapes the body had.
    public enum Shape: String, Sendable, Hashable {
        /// RFC 9457 / RFC 7807 problem details.
        case problemJSON
        /// KVK's `{"fout": [...]}`.
        case kvkFout
        /// PDOK's `{"code", "msg"}`.
        case pdok
        /// An FSC outway or inway error: the `Fsc-Error-Code` header with a `{"message","domain","code"}` body.
        case fsc
        /// An OAuth2 token endpoint's `{"error", "error_description"}` (RFC 6749 §5.2).
        case oauth2
    }

    /// The shape the body had.
    public var shape: Shape
    /// The service's own error code (`paramsValidation`, `IPD0004`, …).
    public var code: String?
    /// A short, human-readable summary (`title`, or the first `omschrijving`/`msg`).
    public var title: String?
    /// A longer explanation (`detail`), when given.
    public var detail: String?
    /// The problem type URI (`type`), when given.
    public var type: String?
    /// The `instance` URI of the failing request, when given.
    public var instance: String?
    /// The parameters the service rejected.
    public var invalidParameters: [InvalidParameter]

    /// Creates error details.
    public init(
        shape: Shape, code: String? = nil, title: String? = nil, detail: String? = nil,
        type: String? = nil, instance: String? = nil, invalidParameters: [InvalidParameter] = []
    ) {
        self.shape = shape
        self.code = code
        self.title = title
        self.detail = detail
        self.type = type
        self.instance = instance
        self.invalidParameters = invalidParameters
    }

    /// `code: title (detail); invalid: a, b` — used in error descriptions.
    var summary: String {
        var text = ""
        if let code { text += code }
        if let title { text += (text.isEmpty ? "" : ": ") + title }
        if let detail, !detail.isEmpty, detail != title { text += " (\(detail))" }
        if !invalidParameters.isEmpty {
            text += "; invalid: " + invalidParameters.map(\.description).joined(separator: "; ")
        }
        return text
    }
}
