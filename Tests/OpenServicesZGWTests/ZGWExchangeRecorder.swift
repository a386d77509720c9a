import Foundation
import HTTPTypes
import OpenServicesCore
import Synchronization

/// A connector decorator that writes every JSON exchange to a folder, for the conformance check of
/// Scripts/conformance/validate_zgw.py. Streamed bodies (document content) are not recorded.
struct ZGWExchangeRecorder: Connector {
    let base: any Connector
    let directory: URL
    /// API roots by path prefix, to name the API and the path below its root.
    let roots: [(api: String, path: String)]
    /// One numbering for every recorder of the process, so that suites running in parallel never write the same file.
    private static let counter = Counter()

    final class Counter: Sendable {
        let value = Mutex(0)
        func next() -> Int { value.withLock { $0 += 1; return $0 } }
    }

    init(wrapping base: any Connector, directory: URL, roots: [(api: String, url: URL)]) {
        self.base = base
        self.directory = directory
        self.roots = roots.map { ($0.api, $0.url.path(percentEncoded: false)) }.sorted { $0.path.count > $1.path.count }
    }

    func send(_ request: ServiceRequest, context: OperationContext) async throws -> ServiceResponse {
        var requestJSON: Any?
        if let data = request.body?.bufferedData {
            requestJSON = try? JSONSerialization.jsonObject(with: data)
        } else if request.body != nil {
            // A streamed body is passed on untouched and not recorded.
            return try await base.send(request, context: context)
        }
        let response = try await base.send(request, context: context)
        guard !request.streamsResponseBody, response.head.headerFields[.contentType]?.contains("json") ?? false else {
            return response
        }
        let data = try await response.body.collect(upTo: 64 << 20)
        let target = request.head.path ?? "/"
        let question = target.firstIndex(of: "?")
        let fullPath = question.map { String(target[..<$0]) } ?? target
        let query = question.map { String(target[target.index(after: $0)...]) } ?? ""
        if let root = roots.first(where: { fullPath.hasPrefix($0.path + "/") }) {
            var headers: [String: String] = [:]
            for field in request.head.headerFields where field.name != .authorization {
                headers[field.name.canonicalName] = field.value
            }
            let record: [String: Any] = [
                "api": root.api, "method": request.head.method.rawValue,
                "path": String(fullPath.dropFirst(root.path.count)).removingPercentEncoding ?? "",
                "query": query.split(separator: "&").map { pair -> [String] in
                    let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).removingPercentEncoding ?? String($0) }
                    return [parts[0], parts.count > 1 ? parts[1] : ""]
                },
                "requestHeaders": headers, "requestBody": requestJSON ?? NSNull(),
                "status": Int(response.status.code),
                "responseBody": (try? JSONSerialization.jsonObject(with: data)) ?? NSNull(),
            ]
            let name = String(format: "%04d-%@-%@.json", Self.counter.next(), root.api, request.head.method.rawValue)
            try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys, .prettyPrinted])
                .write(to: directory.appending(path: name), options: .atomic)
        }
        return ServiceResponse(head: response.head, body: ServiceBody(data))
    }
}
