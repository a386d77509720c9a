/// The outcome of running one conformance manifest (Cedar's integration-test format).
public struct ConformanceResult: Sendable {
    /// One request whose outcome differed from the expectation.
    public struct Mismatch: Sendable, CustomStringConvertible {
        /// The manifest file.
        public var manifest: String
        /// The request description.
        public var request: String
        /// What differed and how.
        public var detail: String

        /// `manifest: request: detail`.
        public var description: String { "\(manifest): \(request): \(detail)" }
    }

    /// The manifest file.
    public var manifest: String
    /// Requests whose decision, reasons and errors all matched.
    public var passed = 0
    /// Requests that did not match (or could not be run).
    public var failed = 0
    /// Requests skipped because they use an unsupported feature, by feature name.
    public var skippedByFeature: [String: Int] = [:]
    /// The mismatches.
    public var mismatches: [Mismatch] = []
    /// Whether `shouldValidate` agreed with the validator (`nil` when not checked).
    public var validationAgreed: Bool?
    /// A message when validation disagreed.
    public var validationDetail: String?

    /// The number of skipped requests.
    public var skipped: Int { skippedByFeature.values.reduce(0, +) }

    /// Creates an empty result.
    public init(manifest: String) { self.manifest = manifest }
}
