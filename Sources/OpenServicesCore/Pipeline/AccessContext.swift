/// Who is asking, on whose behalf and why: travels with every call.
///
/// The policy stage decides on it and the audit stage records it. Pass it explicitly in an
/// ``OperationContext``, or bind it once for a whole request of your server:
///
/// ```swift
/// try await AccessContext.$current.withValue(
///     AccessContext(principal: "medewerker-042", organisation: "00000001001234567000", purpose: "zorgtoeslag")
/// ) {
///     try await handleRequest()   // every OpenServices call in here uses this context
/// }
/// ```
public struct AccessContext: Sendable, Hashable {
    /// The user or system the call is made for (an employee number, a service account).
    public var principal: String?
    /// The OIN (Organisatie-identificatienummer, 20 digits) of the organisation that processes the data.
    public var organisation: String?
    /// The purpose (doelbinding) the data is processed for, e.g. `zorgtoeslag`.
    public var purpose: String?
    /// The legal basis for the processing, e.g. `Wet op de zorgtoeslag art. 1`.
    public var legalBasis: String?
    /// An id that ties every call, log line and audit record of one piece of work together.
    ///
    /// Give one per incoming request of your server (for example its `X-Correlation-ID`). When it
    /// is `nil`, each call is identified by its own ``OperationContext/callID``.
    public var correlationID: String?

    /// Creates an access context.
    public init(
        principal: String? = nil,
        organisation: String? = nil,
        purpose: String? = nil,
        legalBasis: String? = nil,
        correlationID: String? = nil
    ) {
        self.principal = principal
        self.organisation = organisation
        self.purpose = purpose
        self.legalBasis = legalBasis
        self.correlationID = correlationID
    }

    /// The access context bound to the current task, if the host server bound one.
    @TaskLocal public static var current: AccessContext?
}
