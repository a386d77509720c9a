import AsyncHTTPClient
import NIOCore
import NIOPosix
@testable import OpenServicesHTTP
import Testing

@Suite("The connector's clients, one per event loop")
struct EventLoopLanesTests {
    @Test("One client per loop, each on that loop alone, sharing one client's 8 connections per host")
    func oneClientPerLoop() async throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 3)
        let lanes = EventLoopLanes(group: group, configuration: HTTPClient.Configuration())
        #expect(lanes.lanes.count == 3)
        for lane in lanes.lanes {
            let loops = Array(lane.client.eventLoopGroup.makeIterator())
            #expect(loops.count == 1)
            #expect(loops.first === lane.loop)
        }
        #expect(EventLoopLanes.connectionsPerHost(lanes: 1) == 8)
        #expect(EventLoopLanes.connectionsPerHost(lanes: 2) == 4)
        #expect(EventLoopLanes.connectionsPerHost(lanes: 3) == 3)
        #expect(EventLoopLanes.connectionsPerHost(lanes: 16) == 1)
        try await shutDown(lanes, group)
    }

    @Test("A group of more than 8 loops gets 8 lanes of one connection each")
    func atMostEightLanes() async throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 10)
        let lanes = EventLoopLanes(group: group, configuration: HTTPClient.Configuration())
        #expect(lanes.lanes.count == 8)
        #expect(EventLoopLanes.connectionsPerHost(lanes: lanes.lanes.count) == 1)
        try await shutDown(lanes, group)
    }

    @Test("Calls one at a time stay on the first lane; concurrent calls go to the least busy one")
    func leastBusy() async throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 2)
        let lanes = EventLoopLanes(group: group, configuration: HTTPClient.Configuration())
        let first = lanes.lanes[0], second = lanes.lanes[1]
        #expect(lanes.leastBusy() === first)
        await first.carry {
            #expect(first.callsInFlight == 1)
            #expect(lanes.leastBusy() === second)
            await second.carry {
                #expect(lanes.leastBusy() === first)  // a tie goes to the first
            }
            #expect(lanes.leastBusy() === second)
        }
        #expect(first.callsInFlight == 0)
        #expect(lanes.leastBusy() === first)
        try await shutDown(lanes, group)
    }

    @Test("Streamed calls take the lanes in turn")
    func nextInTurn() async throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 3)
        let lanes = EventLoopLanes(group: group, configuration: HTTPClient.Configuration())
        let picked = (0..<6).map { _ in lanes.nextInTurn() }
        for (index, lane) in picked.enumerated() {
            #expect(lane === lanes.lanes[index % 3])
        }
        try await shutDown(lanes, group)
    }

    @Test("A call that fails is no longer counted")
    func failedCallIsUncounted() async throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let lanes = EventLoopLanes(group: group, configuration: HTTPClient.Configuration())
        struct Failure: Error {}
        await #expect(throws: Failure.self) {
            try await lanes.lanes[0].carry { throw Failure() }
        }
        #expect(lanes.lanes[0].callsInFlight == 0)
        try await shutDown(lanes, group)
    }

    private func shutDown(_ lanes: EventLoopLanes, _ group: MultiThreadedEventLoopGroup) async throws {
        for lane in lanes.lanes { try await lane.client.shutdown() }
        try await group.shutdownGracefully()
    }
}
