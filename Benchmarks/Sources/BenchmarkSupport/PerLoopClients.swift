import AsyncHTTPClient
import NIOCore
import NIOPosix
import Synchronization

/// AsyncHTTPClient without OpenServices, used the way `HTTPConnector()` uses it: one client per event loop of
/// the default group, sharing 8 connections per host, and the delegate API on the client's own loop; a call
/// takes the client with the fewest calls in flight. It repeats `EventLoopLanes`' choice on purpose: that type
/// is internal to OpenServicesHTTP, and this path must not go through OpenServices at all.
final class PerLoopClients: Sendable {
    private final class Lane: Sendable {
        let client: HTTPClient
        let loop: any EventLoop
        let calls = Atomic(0)

        init(client: HTTPClient, loop: any EventLoop) {
            self.client = client
            self.loop = loop
        }
    }

    private let lanes: [Lane]
    private let url: String

    init(url: String) {
        let loops = Array(HTTPClient.defaultEventLoopGroup.makeIterator())
        var configuration = HTTPClient.Configuration.singletonConfiguration
        configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = max(1, (8 + loops.count - 1) / loops.count)
        lanes = loops.map { Lane(client: HTTPClient(eventLoopGroup: $0, configuration: configuration), loop: $0) }
        self.url = url
    }

    /// The body of a GET of the URL.
    func get() async throws -> ByteBuffer {
        var lane = lanes[0]
        var fewest = lane.calls.load(ordering: .relaxed)
        for candidate in lanes.dropFirst() where fewest > 0 {
            let calls = candidate.calls.load(ordering: .relaxed)
            if calls < fewest {
                lane = candidate
                fewest = calls
            }
        }
        lane.calls.add(1, ordering: .relaxed)
        defer { lane.calls.subtract(1, ordering: .relaxed) }
        var request = try HTTPClient.Request(url: url, method: .GET)
        request.headers.add(name: "Accept", value: "application/hal+json")
        let task = lane.client.execute(
            request: request, delegate: ResponseAccumulator(request: request, maxBodySize: 16 << 20),
            eventLoop: .delegate(on: lane.loop), deadline: .now() + .seconds(30), logger: nil)
        let response = try await withTaskCancellationHandler {
            try await task.futureResult.get()
        } onCancel: {
            task.cancel()
        }
        return response.body ?? ByteBuffer()
    }
}
