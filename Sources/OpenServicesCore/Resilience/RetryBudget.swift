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
    /// Whether the bucket is full, changed under the lock of `tokens`: a success then changes nothing and
    /// takes no lock, so the common case (a healthy service) writes no memory shared between calls.
    private let full = Atomic(true)
    /// Counts the budgets of a pipeline that are not full, so a success can skip finding its budget.
    private let notFull: NotFullCounter?

    /// Creates a full budget.
    public convenience init(_ configuration: Configuration) {
        self.init(configuration, notFull: nil)
    }

    init(_ configuration: Configuration, notFull: NotFullCounter?) {
        self.configuration = configuration
        self.tokens = Mutex(configuration.capacity)
        self.notFull = notFull
    }

    /// Takes a token for one retry; `false` when the budget is exhausted.
    public func withdraw() -> Bool {
        tokens.withLock { tokens in
            guard tokens >= 1 else { return false }
            tokens -= 1
            if tokens < configuration.capacity, full.load(ordering: .relaxed) {
                full.store(false, ordering: .relaxed)
                notFull?.count.add(1, ordering: .relaxed)
            }
            return true
        }
    }

    /// Records a successful attempt.
    public func recordSuccess() {
        guard !full.load(ordering: .relaxed) else { return }
        tokens.withLock { tokens in
            tokens = min(configuration.capacity, tokens + configuration.refillPerSuccess)
            if tokens >= configuration.capacity, !full.load(ordering: .relaxed) {
                full.store(true, ordering: .relaxed)
                notFull?.count.subtract(1, ordering: .relaxed)
            }
        }
    }

    /// The tokens left.
    public var available: Double { tokens.withLock { $0 } }
}

/// The number of budgets of one pipeline that are not full.
final class NotFullCounter: Sendable {
    let count = Atomic(0)
}

/// The retry budgets of a pipeline, one per host.
final class RetryBudgets: Sendable {
    private let configuration: RetryBudget.Configuration
    private let budgets = Mutex<[String: RetryBudget]>([:])
    private let notFull = NotFullCounter()

    init(_ configuration: RetryBudget.Configuration) { self.configuration = configuration }

    func budget(for host: String) -> RetryBudget {
        budgets.withLock { budgets in
            if let budget = budgets[host] { return budget }
            let budget = RetryBudget(configuration, notFull: notFull)
            budgets[host] = budget
            return budget
        }
    }

    /// Records a successful attempt to `host`; without a lock or a lookup while every budget is full.
    func recordSuccess(host: String) {
        guard notFull.count.load(ordering: .relaxed) > 0 else { return }
        budget(for: host).recordSuccess()
    }
}
