/// Full-jitter exponential backoff: the wait before retry *n* is a random duration between zero
/// and `min(cap, base × 2ⁿ⁻¹)`.
///
/// Full jitter spreads the retries of many clients that failed at the same moment, so that a
/// recovering service is not hit by synchronised waves.
public struct Backoff: Sendable, Hashable {
    /// The ceiling of the first wait.
    public var base: Duration
    /// The largest wait.
    public var cap: Duration

    /// Creates a backoff; defaults base 100 ms, cap 5 s.
    public init(base: Duration = .milliseconds(100), cap: Duration = .seconds(5)) {
        self.base = base
        self.cap = cap
    }

    /// The ceiling of the wait before the given retry (1 for the first retry).
    public func ceiling(forRetry retry: Int) -> Duration {
        let exponent = min(max(retry - 1, 0), 30)
        let ceiling = base * (1 << exponent)
        return min(ceiling, cap)
    }

    /// A random wait for the given retry, uniformly between zero and ``ceiling(forRetry:)``.
    public func delay(forRetry retry: Int) -> Duration {
        var generator = SystemRandomNumberGenerator()
        return delay(forRetry: retry, using: &generator)
    }

    /// A random wait drawn from `generator`.
    public func delay(forRetry retry: Int, using generator: inout some RandomNumberGenerator) -> Duration {
        let ceiling = ceiling(forRetry: retry)
        let nanoseconds = ceiling.components.seconds * 1_000_000_000 + ceiling.components.attoseconds / 1_000_000_000
        guard nanoseconds > 0 else { return .zero }
        return .nanoseconds(Int64.random(in: 0...nanoseconds, using: &generator))
    }
}
