public import Foundation
public import HTTPTypes

/// A request as a ``SandboxService`` sees it: the path below the service's API root, the decoded
/// query, the headers and the whole body.
public struct SandboxRequest: Sendable {
    /// The method.
    public var method: HTTPRequest.Method
    /// The path below the service's ``SandboxService/basePath``, starting with `/` (e.g. `/personen`).
    public var path: String
    /// The query parameters in order, percent-decoded (`+` is a space).
    public var query: [(name: String, value: String)]
    /// The header fields.
    public var headerFields: HTTPFields
    /// The body.
    public var body: Data
    /// The absolute URL of the service's API root as the client called it, for links in responses.
    public var baseURL: String

    /// Creates a request.
    public init(
        method: HTTPRequest.Method, path: String, query: [(name: String, value: String)] = [],
        headerFields: HTTPFields = [:], body: Data = Data(), baseURL: String
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.headerFields = headerFields
        self.body = body
        self.baseURL = baseURL
    }

    /// The first value of a query parameter.
    public func queryValue(_ name: String) -> String? {
        query.first { $0.name == name }?.value
    }

    /// Every value of a query parameter (repeated or comma-separated forms are left to the service).
    public func queryValues(_ name: String) -> [String] {
        query.filter { $0.name == name }.map(\.value)
    }

    /// Splits a raw query string into decoded name/value pairs.
    public static func parseQuery(_ raw: Substring) -> [(name: String, value: String)] {
        raw.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ text: Substring) -> String {
                String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(text)
            }
            return (decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
        }
    }
}
