public import ServiceLifecycle

/// Refreshes expiring credentials in the background, so that no call waits for a token.
///
/// Run it in your server's `ServiceGroup`; without it, tokens are refreshed on demand.
///
/// ```swift
/// let refresher = CredentialRefreshService([brpProvider])
/// let group = ServiceGroup(services: [refresher, httpServer], logger: logger)
/// try await group.run()
/// ```
public struct CredentialRefreshService: Service {
    private let providers: [any RefreshableCredentialProvider]
    private let clock: any PipelineClock
    private let idleInterval: Duration

    /// Creates the service.
    ///
    /// - Parameters:
    ///   - providers: The providers to keep fresh.
    ///   - clock: The clock the providers measure expiry on.
    ///   - idleInterval: How often to look when no refresh is due yet (default 5 s).
    public init(
        _ providers: [any RefreshableCredentialProvider],
        clock: any PipelineClock = SystemPipelineClock.shared,
        idleInterval: Duration = .seconds(5)
    ) {
        self.providers = providers
        self.clock = clock
        self.idleInterval = idleInterval
    }

    /// Refreshes each provider when it is due, until graceful shutdown or cancellation.
    public func run() async throws {
        try await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                var nextDue: Duration?
                for provider in providers {
                    await provider.refreshIfDue()
                    if let due = await provider.nextRefreshDue { nextDue = min(nextDue ?? due, due) }
                }
                let wait = nextDue.map { min(max($0 - clock.now, .milliseconds(100)), idleInterval) } ?? idleInterval
                try await clock.sleep(for: wait)
            }
        }
    }
}
