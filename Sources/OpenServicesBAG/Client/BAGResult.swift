/// The answer of a BAG operation: the decoded value and what the response headers said about it.
///
/// ```swift
/// let result = try await bag.building("0599100000001012")
/// print(result.value.pand.oorspronkelijkBouwjaar, result.rateLimit?.remaining ?? -1)
/// ```
public struct BAGResult<Value: Sendable>: Sendable {
    /// The decoded value.
    public var value: Value
    /// The rate limit reported with the response, if any.
    public var rateLimit: BAGRateLimit?
    /// The `API-Version` the service answered with.
    public var apiVersion: String?
    /// The CRS of the geometry in the response (`Content-Crs`), e.g. `epsg:28992`.
    public var contentCrs: String?

    /// Creates a result.
    public init(value: Value, rateLimit: BAGRateLimit? = nil, apiVersion: String? = nil, contentCrs: String? = nil) {
        self.value = value
        self.rateLimit = rateLimit
        self.apiVersion = apiVersion
        self.contentCrs = contentCrs
    }
}

extension BAGResult: Equatable where Value: Equatable {}
