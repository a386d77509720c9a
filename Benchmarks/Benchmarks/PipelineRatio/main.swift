import BenchmarkSupport
import Foundation

// Measures, in one run, the throughput of GET calls to a loopback server through the full
// OpenServices pipeline (HTTPConnector) and through raw AsyncHTTPClient with the same JSON decoding,
// sequentially and 64 at a time, alternating the two in rounds so that machine noise hits both alike.
// Usage: swift run -c release PipelineRatio [seconds-per-round] [rounds]

let arguments = CommandLine.arguments
let roundSeconds = arguments.count > 1 ? Double(arguments[1]) ?? 2 : 2
let rounds = arguments.count > 2 ? Int(arguments[2]) ?? 5 : 5

let server = try await LoopbackServer.start()
let callers = Callers(baseURL: server.baseURL)

/// Calls per second of `call` at `concurrency` for about `seconds`.
func throughput(concurrency: Int, seconds: Double, _ call: @escaping @Sendable () async throws -> Adressen) async throws -> Double {
    let batch = concurrency == 1 ? 200 : 2_000
    var calls = 0
    let start = ContinuousClock.now
    let limit = Duration.milliseconds(Int64(seconds * 1000))
    while ContinuousClock.now - start < limit {
        try await Callers.run(batch, concurrency: concurrency, call)
        calls += batch
    }
    let elapsed = ContinuousClock.now - start
    return Double(calls) / (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
}

print("warming up…")
_ = try await throughput(concurrency: 8, seconds: 1) { try await callers.viaPipeline() }
_ = try await throughput(concurrency: 8, seconds: 1) { try await callers.viaRawClient() }

for concurrency in [1, 64] {
    var pipelineTotal = 0.0
    var rawTotal = 0.0
    for _ in 0..<rounds {
        rawTotal += try await throughput(concurrency: concurrency, seconds: roundSeconds) { try await callers.viaRawClient() }
        pipelineTotal += try await throughput(concurrency: concurrency, seconds: roundSeconds) { try await callers.viaPipeline() }
    }
    let pipeline = pipelineTotal / Double(rounds)
    let raw = rawTotal / Double(rounds)
    print(String(
        format: "concurrency %2d: pipeline %8.0f calls/s, raw AsyncHTTPClient %8.0f calls/s, ratio %.3f",
        concurrency, pipeline, raw, pipeline / raw))
}
server.stop()
