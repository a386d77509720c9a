import Foundation
import Synchronization

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

extension URLSessionConnector {
    /// The per-transfer delegate: counts the body bytes as they arrive and cancels the transfer once the
    /// size limit is crossed (or `Content-Length` announces more), and returns redirects instead of following them.
    final class TaskDelegate: NSObject, URLSessionDataDelegate, Sendable {
        private struct State {
            var received = 0
            var exceeded = false
        }

        let limit: Int
        private let state = Mutex(State())

        init(limit: Int) {
            self.limit = limit
        }

        /// Body bytes received so far.
        var receivedBytes: Int { state.withLock { $0.received } }

        /// Whether the transfer was cancelled because the body is larger than ``limit``.
        var exceededLimit: Bool { state.withLock { $0.exceeded } }

        func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
            let announced = dataTask.response?.expectedContentLength ?? -1
            let limit = self.limit
            let exceeded = state.withLock { state in
                state.received += data.count
                if state.received > limit || announced > Int64(limit) { state.exceeded = true }
                return state.exceeded
            }
            if exceeded { dataTask.cancel() }
        }

        func urlSession(
            _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
            newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
        ) {
            completionHandler(nil)
        }
    }
}
