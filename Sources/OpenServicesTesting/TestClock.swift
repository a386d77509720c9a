public import OpenServicesCore
import Synchronization

/// A clock for tests: time only moves when something sleeps on it or the test advances it.
///
/// Every `sleep(for:)` returns at once after moving ``now`` forward by the requested duration and
/// recording it in ``sleeps``, so that backoff and `Retry-After` waits take no real time and can be
/// asserted exactly:
///
/// ```swift
/// let clock = TestClock()
/// let pipeline = Pipeline(connector: scripted, clock: clock)
/// _ = try await pipeline.execute(request, context: context)
/// #expect(clock.sleeps == [.seconds(2)])
/// ```
public final class TestClock: PipelineClock {
    private struct State {
        var now: Duration = .zero
        var sleeps: [Duration] = []
    }

    private let state = Mutex(State())

    /// Creates a clock at time zero.
    public init() {}

    /// The current test time.
    public var now: Duration { state.withLock { $0.now } }

    /// Every duration slept so far, in order.
    public var sleeps: [Duration] { state.withLock { $0.sleeps } }

    /// The total time slept.
    public var totalSlept: Duration { state.withLock { $0.sleeps.reduce(.zero, +) } }

    /// Records the sleep and moves time forward; throws `CancellationError` if the task is cancelled.
    public func sleep(for duration: Duration) async throws {
        try Task.checkCancellation()
        state.withLock { state in
            state.sleeps.append(duration)
            state.now += max(duration, .zero)
        }
        await Task.yield()
        try Task.checkCancellation()
    }

    /// Moves time forward without sleeping (as if the work in between took `duration`).
    public func advance(by duration: Duration) {
        state.withLock { $0.now += duration }
    }
}
