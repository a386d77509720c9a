public import Foundation
public import Logging

/// Everything about one call that is not the request itself: which operation it is, how long it
/// may take, where to log and who is asking.
public struct OperationContext: Sendable {
    /// The service, in lower case: `brp`, `bag`, `kvk`, `pdok`, `zaken`, …
    public var service: String
    /// The operation, e.g. `personen.raadplegen` or `adressen.zoeken`. Used in spans, metrics and logs.
    public var operation: String
    /// The overall time the call may take across all attempts; `nil` uses the retry policy's default.
    public var timeout: Duration?
    /// The logger for this call; the telemetry stage adds `openservices.*` metadata to it.
    ///
    /// Unless one is given, ``defaultLogger``, which the context does not store: copies of a context then
    /// hold no reference to the logger every call shares.
    public var logger: Logger {
        get { customLogger ?? Self.defaultLogger }
        set { customLogger = newValue }
    }
    private var customLogger: Logger?
    /// Who is asking and why.
    public var access: AccessContext

    /// The absolute deadline on ``clock`` (set by the pipeline from ``timeout``).
    public internal(set) var deadline: Duration?
    /// The deadline of the current attempt on ``clock`` (set by the retry stage); connectors must honour it.
    public internal(set) var attemptDeadline: Duration?
    /// The 1-based number of the current attempt (set by the retry stage).
    public internal(set) var attempt: Int = 0
    /// The clock deadlines are measured on.
    public internal(set) var clock: any PipelineClock = SystemPipelineClock.shared
    /// The id of this logical call (a UUIDv7), the same on every attempt; set by the pipeline.
    /// The FSC outway connector sends it as `Fsc-Transaction-Id`.
    public internal(set) var callID: UUID?
    /// The metric handles of this operation (set by the telemetry stage).
    var metrics: OperationMetrics?

    /// Creates a context. Without an explicit `logger`, ``defaultLogger`` is used; without an explicit
    /// `access`, the task-local ``AccessContext/current``, or an empty one (the pipeline's ``callID`` then
    /// correlates the call's log lines).
    public init(
        service: String,
        operation: String,
        timeout: Duration? = nil,
        logger: Logger? = nil,
        access: AccessContext? = nil
    ) {
        self.service = service
        self.operation = operation
        self.timeout = timeout
        self.customLogger = logger
        self.access = access ?? AccessContext.current ?? AccessContext()
    }

    /// The logger used when none is given: label `openservices`, created on first use (after the
    /// host bootstrapped its logging backend).
    public static let defaultLogger = Logger(label: "openservices")

    /// The level of ``logger``, read without copying it.
    var logLevel: Logger.Level { customLogger?.logLevel ?? Self.defaultLogger.logLevel }

    /// Time left for the current attempt, or `nil` when unbounded.
    public var attemptTimeRemaining: Duration? {
        attemptDeadline.map { $0 - clock.now }
    }
}

extension SystemPipelineClock {
    /// One shared system clock, so that deadlines from different pipelines compare.
    public static let shared = SystemPipelineClock()
}
