import Foundation
public import HTTPTypes

/// The rate limit the BAG API gateway reported with a response (`X-RateLimit-Limit`,
/// `X-RateLimit-Remaining`, `X-RateLimit-Reset`).
///
/// A `429 Too Many Requests` is retried by the pipeline's retry stage (honouring `Retry-After`);
/// read these values to slow down before that happens.
///
/// ```swift
/// let result = try await bag.address(nummeraanduiding: "0599200000001012")
/// if let remaining = result.rateLimit?.remaining, remaining < 10 { try await Task.sleep(for: .seconds(1)) }
/// ```
public struct BAGRateLimit: Hashable, Sendable, Codable {
    /// The number of calls allowed in the current window.
    public var limit: Int?
    /// The number of calls left in the current window.
    public var remaining: Int?
    /// The seconds until the window resets (as the gateway sends it).
    public var reset: Int?

    /// Creates a rate-limit report.
    public init(limit: Int? = nil, remaining: Int? = nil, reset: Int? = nil) {
        self.limit = limit
        self.remaining = remaining
        self.reset = reset
    }

    /// The rate limit in `headers`, or `nil` when the response carried none.
    public init?(headers: HTTPFields) {
        func number(_ name: String) -> Int? {
            HTTPField.Name(name).flatMap { headers[$0] }.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        }
        let limit = number("X-RateLimit-Limit"), remaining = number("X-RateLimit-Remaining"), reset = number("X-RateLimit-Reset")
        guard limit != nil || remaining != nil || reset != nil else { return nil }
        self.init(limit: limit, remaining: remaining, reset: reset)
    }
}
