/// The clock the pipeline measures deadlines and waits for backoff with.
///
/// Production code uses ``SystemPipelineClock``; tests use `TestClock` from `OpenServicesTesting`
/// so that backoff and `Retry-After` waits take no real time.
public protocol PipelineClock: Sendable {
    /// The time elapsed since an arbitrary, fixed origin; never goes backwards.
    var now: Duration { get }
    /// Waits for `duration`, throwing `CancellationError` as soon as the task is cancelled.
    func sleep(for duration: Duration) async throws
}

/// The real, monotonic clock (`ContinuousClock`).
public struct SystemPipelineClock: PipelineClock {
    private let origin: ContinuousClock.Instant

    /// Creates the system clock.
    public init() { origin = ContinuousClock.now }

    /// Time since this clock was created.
    public var now: Duration { ContinuousClock.now - origin }

    /// Sleeps on `ContinuousClock`; cancellation ends the sleep at once.
    public func sleep(for duration: Duration) async throws {
        try await Task.sleep(for: duration, clock: .continuous)
    }
}
