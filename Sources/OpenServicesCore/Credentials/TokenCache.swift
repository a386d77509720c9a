/// Caches an expiring token: single flight, proactive refresh, and no permanent error state.
///
/// - **Single flight**: however many calls find the cache cold at once, one fetch is made and all
///   of them wait for it.
/// - **Proactive refresh**: from ``refreshMargin`` before expiry the token is refreshed; callers
///   keep getting the still-valid token while it happens. ``refreshIfDue()`` lets a background
///   service (``CredentialRefreshService``) do this before any caller notices.
/// - **Failures**: a failed refresh while the token is still valid keeps serving it and tries again
///   after a backoff; once the token has expired every call tries again (one fetch at a time), so
///   the cache recovers as soon as the token endpoint does.
public actor TokenCache {
    /// Fetches a new token.
    public typealias Fetch = @Sendable () async throws -> AccessToken

    private let fetch: Fetch
    private let clock: any PipelineClock
    /// How long before expiry a refresh starts.
    public let refreshMargin: Duration
    private let backoff: Backoff

    private var current: AccessToken?
    private var inFlight: Task<AccessToken, any Error>?
    private var failures = 0
    private var retryNotBefore: Duration?

    /// The number of fetches started (for diagnostics and tests).
    public private(set) var fetchCount = 0

    /// Creates a cache.
    ///
    /// - Parameters:
    ///   - refreshMargin: How long before expiry to refresh (default 60 s).
    ///   - backoff: The wait between failed proactive refreshes (default 1 s up to 60 s).
    ///   - clock: The clock expiry is measured on.
    ///   - fetch: Obtains a new token.
    public init(
        refreshMargin: Duration = .seconds(60),
        backoff: Backoff = Backoff(base: .seconds(1), cap: .seconds(60)),
        clock: any PipelineClock = SystemPipelineClock.shared,
        fetch: @escaping Fetch
    ) {
        self.refreshMargin = refreshMargin
        self.backoff = backoff
        self.clock = clock
        self.fetch = fetch
    }

    /// A valid token: the cached one, or a fresh one.
    public func token() async throws -> AccessToken {
        let now = clock.now
        if let current, now < current.expiresAt {
            if now < current.expiresAt - refreshMargin { return current }
            // In the refresh window: refresh unless a recent refresh failed, but keep serving the valid token.
            if let retryNotBefore, now < retryNotBefore { return current }
            do {
                return try await start().value
            } catch is CancellationError {
                throw CancellationError()
            } catch {
                return current
            }
        }
        return try await start().value
    }

    /// Refreshes when the token is missing or within the refresh margin; used by the background service.
    /// Failures are recorded (and retried after a backoff), never thrown.
    public func refreshIfDue() async {
        let now = clock.now
        if let current, now < current.expiresAt - refreshMargin { return }
        if let retryNotBefore, now < retryNotBefore { return }
        _ = try? await start().value
    }

    /// When the next proactive refresh is due, on the cache's clock (nil when no token is cached).
    public var nextRefreshDue: Duration? {
        guard let current else { return nil }
        return max(current.expiresAt - refreshMargin, retryNotBefore ?? .zero)
    }

    /// Drops `token` if it is the cached one (the service rejected it).
    public func invalidate(_ token: Secret) {
        if current?.value == token { current = nil }
    }

    /// Drops the cached token.
    public func invalidate() { current = nil }

    private func start() -> Task<AccessToken, any Error> {
        if let inFlight { return inFlight }
        fetchCount += 1
        let fetch = self.fetch
        let task = Task {
            do {
                let token = try await fetch()
                self.succeeded(token)
                return token
            } catch {
                self.failed()
                throw error
            }
        }
        inFlight = task
        return task
    }

    private func succeeded(_ token: AccessToken) {
        current = token
        inFlight = nil
        failures = 0
        retryNotBefore = nil
    }

    private func failed() {
        inFlight = nil
        failures += 1
        retryNotBefore = clock.now + backoff.ceiling(forRetry: failures)
    }
}
