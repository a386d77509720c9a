import Synchronization

/// A per-host token bucket that limits retries, so that a failing service is not hammered.
///
/// Every retry takes one token; every successful attempt puts back ``Configuration/refillPerSuccess``.
/// When the bucket is empty, calls still make their first attempt but are not retried until
/// successes refill it. The bucket starts full.
public final class RetryBudget: Sendable {
    /// The size and refill rate of a budget.
    public struct Configuration: Sendable, Hashable {
        /// The most retries that can be spent in a burst.
        public var capacity: Double
        /// The tokens one successful attempt returns.
        public var refillPerSuccess: Double

        /// Creates a configuration; defaults: capacity 10, refill 0.1 per success.
        public init(capacity: Double = 10, refillPerSuccess: Double = 0.1) {
            self.capacity = capacity
            self.refillPerSuccess = refillPerSuccess
        }
    }

    private let configuration: Configuration
    private let tokens: Mutex<Double>

    /// Creates a full budget.
    public init(_ configuration: Configuration) {
        self.configuration = configuration
        self.tokens = Mutex(configuration.capacity)
    }

    /// Takes a token for one retry; `false` when the budget is exhausted.
    public func withdraw() -> Bool {
        tokens.withLock { tokens in
            guard tokens >= 1 else { return false }
            tokens -= 1
            return true
        }
    }

    /// Records a successful attempt.
    public func recordSuccess() {
        tokens.withLock { tokens in
            tokens = min(configuration.capacity, tokens + configuration.refillPerSuccess)
        }
    }

    /// The tokens left.
    public var available: Double { tokens.withLock { $0 } }
}

/// The retry budgets of a pipeline, one per host.
final class RetryBudgets: Sendable {
    private let configuration: RetryBudget.Configuration
    private let budgets = Mutex<[String: RetryBudget]>([:])

    init(_ configuration: RetryBudget.Configuration) { self.configuration = configuration }

    func budget(for host: String) -> RetryBudget {
        budgets.withLock { budgets in
            if let budget = budgets[host] { return budget }
            let budget = RetryBudget(configuration)
            budgets[host] = budget
            return budget
        }
    }
}
