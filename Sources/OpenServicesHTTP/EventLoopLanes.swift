import AsyncHTTPClient
import NIOCore
import Synchronization

/// The AsyncHTTPClients of a connector made with ``HTTPConnector/init(configuration:)``: one per event loop.
///
/// Each client runs on a single event loop, so its connections, their reads and the response delegate
/// all live on that one thread: a buffered response is collected where it arrives and handed to the
/// caller once. (A client on several loops answers a delegate on whichever loop was picked before a
/// connection was, and under load about half the responses then hop from loop to loop for every event.)
///
/// A buffered call takes the lane with the fewest calls in flight, the first on a tie: calls one at a time
/// keep using one warm connection, concurrent calls spread over all loops. A streamed call takes the lanes
/// in turn (``nextInTurn()``). The lanes share the connection
/// limit of one client (8 per host), so a connector opens no more connections than a single client would;
/// on a group of more than 8 loops, the first 8 get a lane of one connection each.
final class EventLoopLanes: Sendable {
    /// One client pinned to one event loop, and how many calls it is carrying.
    final class Lane: Sendable {
        let client: HTTPClient
        let loop: any EventLoop
        private let calls = Atomic(0)

        init(client: HTTPClient, loop: any EventLoop) {
            self.client = client
            self.loop = loop
        }

        var callsInFlight: Int { calls.load(ordering: .relaxed) }

        /// Counts a call for as long as `operation` runs.
        func carry<Result>(_ operation: () async throws -> Result) async rethrows -> Result {
            calls.add(1, ordering: .relaxed)
            defer { calls.subtract(1, ordering: .relaxed) }
            return try await operation()
        }
    }

    /// Connections per host of one AsyncHTTPClient by default, shared out over the lanes.
    static let connectionsPerHost = 8

    let lanes: [Lane]
    private let turn = Atomic(0)

    /// Each lane's share of ``connectionsPerHost``, rounded up (at least 1).
    static func connectionsPerHost(lanes: Int) -> Int {
        max(1, (connectionsPerHost + lanes - 1) / max(1, lanes))
    }

    /// One lane per loop of `group` (at most ``connectionsPerHost``), each a client with `configuration` and
    /// its share of the connections.
    init(group: any EventLoopGroup, configuration: HTTPClient.Configuration) {
        let loops = Array(group.makeIterator().prefix(Self.connectionsPerHost))
        var configuration = configuration
        configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = Self.connectionsPerHost(lanes: loops.count)
        lanes = loops.map { Lane(client: HTTPClient(eventLoopGroup: $0, configuration: configuration), loop: $0) }
    }

    /// The next lane in turn, for a call whose response outlives ``Lane/carry(_:)`` (a streamed body is read
    /// after the call returns, so calls in flight do not say how busy a lane is): long downloads spread over
    /// all lanes' connections instead of queueing for the first lane's share.
    func nextInTurn() -> Lane {
        lanes[Int(UInt(bitPattern: turn.wrappingAdd(1, ordering: .relaxed).oldValue) % UInt(lanes.count))]
    }

    /// The lane with the fewest calls in flight; the first of those on a tie.
    func leastBusy() -> Lane {
        var chosen = lanes[0]
        var fewest = chosen.callsInFlight
        for lane in lanes.dropFirst() where fewest > 0 {
            let calls = lane.callsInFlight
            if calls < fewest {
                chosen = lane
                fewest = calls
            }
        }
        return chosen
    }
}
