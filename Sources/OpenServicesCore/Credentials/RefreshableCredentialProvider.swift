/// A provider whose credential expires and can be refreshed ahead of time by
/// ``CredentialRefreshService``.
public protocol RefreshableCredentialProvider: Sendable {
    /// Refreshes the credential if it is within its refresh margin; never throws.
    func refreshIfDue() async
    /// When the next refresh is due on the pipeline clock, or nil when nothing is cached yet.
    var nextRefreshDue: Duration? { get async }
}
