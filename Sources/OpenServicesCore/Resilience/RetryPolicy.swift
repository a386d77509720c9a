/// How a service's calls are retried and how long they may take.
///
/// | Setting | Default |
/// |---|---|
/// | ``maximumAttempts`` | 3 (the first attempt and two retries) |
/// | ``backoff`` | full jitter, base 100 ms, cap 5 s |
/// | ``maximumRetryAfter`` | 30 s |
/// | ``attemptTimeout`` | 30 s |
/// | ``overallTimeout`` | 60 s |
/// | ``retryableStatuses`` | 408, 429, 502, 503, 504 |
/// | ``budget`` | 10 retries per host, refilled by 0.1 per success |
///
/// Only requests that are safe (`GET`, `HEAD`, `OPTIONS`, or marked ``ServiceRequest/isSafe``) or
/// that carry an ``ServiceRequest/idempotencyKey`` are retried after they were sent. Any request is
/// retried when the connection could not be made at all, because then nothing was sent.
public struct RetryPolicy: Sendable, Hashable {
    /// The most attempts for one call, including the first. `1` disables retries.
    public var maximumAttempts: Int
    /// The wait between attempts.
    public var backoff: Backoff
    /// The longest `Retry-After` that is honoured; a service asking for a longer wait gets no retry.
    public var maximumRetryAfter: Duration
    /// The longest one attempt may take.
    public var attemptTimeout: Duration
    /// The longest the whole call may take across all attempts, unless the ``OperationContext`` sets its own timeout.
    public var overallTimeout: Duration
    /// The HTTP statuses that are retried.
    public var retryableStatuses: Set<Int>
    /// The per-host retry budget.
    public var budget: RetryBudget.Configuration

    /// Creates a retry policy; every parameter has the documented default.
    public init(
        maximumAttempts: Int = 3,
        backoff: Backoff = Backoff(),
        maximumRetryAfter: Duration = .seconds(30),
        attemptTimeout: Duration = .seconds(30),
        overallTimeout: Duration = .seconds(60),
        retryableStatuses: Set<Int> = [408, 429, 502, 503, 504],
        budget: RetryBudget.Configuration = RetryBudget.Configuration()
    ) {
        self.maximumAttempts = max(1, maximumAttempts)
        self.backoff = backoff
        self.maximumRetryAfter = maximumRetryAfter
        self.attemptTimeout = attemptTimeout
        self.overallTimeout = overallTimeout
        self.retryableStatuses = retryableStatuses
        self.budget = budget
    }

    /// The documented defaults.
    public static let `default` = RetryPolicy()

    /// No retries: one attempt only, with the default timeouts.
    public static let none = RetryPolicy(maximumAttempts: 1)
}
