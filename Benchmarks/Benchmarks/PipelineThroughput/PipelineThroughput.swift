import Benchmark
import BenchmarkSupport

/// GET calls to a loopback server returning a small JSON document: through the full pipeline with
/// HTTPConnector, and through raw AsyncHTTPClient with the same decoding; one at a time and 64 at a time.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.throughput, .wallClock, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 200,
        maxDuration: .seconds(5),
        maxIterations: 20_000
    )

    // One iteration is one call (sequential) or one batch of 64 calls made 64 at a time, so the
    // throughput of the concurrent benchmarks counts batches: multiply by 64 for calls per second,
    // and divide the allocations by 64 for allocations per call.
    for (name, concurrency) in [("sequential", 1), ("64 concurrent (per batch of 64)", 64)] {
        let configuration = Benchmark.Configuration(
            metrics: [.throughput, .wallClock, .mallocCountTotal],
            warmupIterations: 20,
            maxDuration: .seconds(5),
            maxIterations: concurrency == 1 ? 20_000 : 2_000
        )
        let callsPerIteration = concurrency

        Benchmark("GET pipeline+HTTPConnector \(name)", configuration: configuration) { benchmark, callers in
            for _ in benchmark.scaledIterations {
                try await Callers.run(callsPerIteration, concurrency: concurrency) { try await callers.viaPipeline() }
            }
        } setup: {
            Callers(baseURL: try await SharedServer.url())
        }

        Benchmark("GET raw AsyncHTTPClient \(name)", configuration: configuration) { benchmark, callers in
            for _ in benchmark.scaledIterations {
                try await Callers.run(callsPerIteration, concurrency: concurrency) { try await callers.viaRawClient() }
            }
        } setup: {
            Callers(baseURL: try await SharedServer.url())
        }
    }
}

/// One loopback server for all benchmarks of the run.
actor SharedServer {
    static let instance = SharedServer()
    private var server: LoopbackServer?

    static func url() async throws -> String { try await instance.start().baseURL }

    private func start() async throws -> LoopbackServer {
        if let server { return server }
        let server = try await LoopbackServer.start()
        self.server = server
        return server
    }
}
