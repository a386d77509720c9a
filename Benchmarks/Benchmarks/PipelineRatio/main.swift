import BenchmarkSupport
import Foundation

// Measures, in one run, the throughput of GET calls to a loopback server through the full
// OpenServices pipeline (HTTPConnector) and through raw AsyncHTTPClient with the same JSON decoding,
// sequentially and 64 at a time, alternating the two in rounds so that machine noise hits both alike.
// Usage: swift run -c release PipelineRatio [seconds-per-round (default 2)] [rounds (default 9)]
// The ratio printed is the median of the per-round ratios; each round measures both paths back to back.

let arguments = CommandLine.arguments
let roundSeconds = arguments.count > 1 ? Double(arguments[1]) ?? 2 : 2 // "profile" runs the in-process loop only
let rounds = arguments.count > 2 ? Int(arguments[2]) ?? 9 : 9

if arguments.count > 1, arguments[1] == "profile" {
    // For a profiler: the in-process pipeline only, many times.
    try await Task.detached {
        let call = Callers.pipelineOnly()
        for _ in 0..<50_000 { _ = try await call() }
    }.value
    exit(0)
}

let server = try await LoopbackServer.start()
let callers = Callers(baseURL: server.baseURL)

if arguments.count > 2, arguments[1] == "profile-http" {
    // For a profiler: 20,000 calls 64 at a time through one path ("pipeline" or "raw").
    let path = arguments[2]
    let calls = 10_000
    let before = cpuMicroseconds()
    try await Callers.run(calls, concurrency: 64) {
        switch path {
        case "pipeline": try await callers.viaPipeline()
        case "delegate": try await callers.viaRawDelegate()
        default: try await callers.viaRawClient()
        }
    }
    print(String(format: "%@: %.1f µs CPU per call", path, (cpuMicroseconds() - before) / Double(calls)))
    exit(0)
}

/// CPU time (user + system) this process has used, in microseconds.
func cpuMicroseconds() -> Double {
    var usage = rusage()
    #if os(Linux)
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    #else
    getrusage(RUSAGE_SELF, &usage)
    #endif
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e6 + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec)
}

/// CPU microseconds per call (client and loopback server together) of `call` at `concurrency`.
func cpuPerCall(concurrency: Int, calls: Int, _ call: @escaping @Sendable () async throws -> Adressen) async throws -> Double {
    let before = cpuMicroseconds()
    try await Callers.run(calls, concurrency: concurrency, call)
    return (cpuMicroseconds() - before) / Double(calls)
}

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

let overheadPipeline = try await throughput(concurrency: 1, seconds: roundSeconds, Callers.pipelineOnly())
let overheadDecode = try await throughput(concurrency: 1, seconds: roundSeconds, Callers.decodeOnly())
let overheadPipeline64 = try await throughput(concurrency: 64, seconds: roundSeconds, Callers.pipelineOnly())
let overheadDecode64 = try await throughput(concurrency: 64, seconds: roundSeconds, Callers.decodeOnly())
print(String(
    format: "in-process, 64 at a time: pipeline+decode %.1f µs/call, decode alone %.1f µs/call (wall time per call over both cores)",
    1e6 / overheadPipeline64, 1e6 / overheadDecode64))
print(String(
    format: "in-process (no network): pipeline+decode %.1f µs/call, decode alone %.1f µs/call, pipeline cost %.1f µs/call",
    1e6 / overheadPipeline, 1e6 / overheadDecode, 1e6 / overheadPipeline - 1e6 / overheadDecode))

print("warming up…")
_ = try await throughput(concurrency: 8, seconds: 1) { try await callers.viaPipeline() }
_ = try await throughput(concurrency: 8, seconds: 1) { try await callers.viaRawClient() }

for concurrency in [1, 64] {
    var pipelineRates: [Double] = []
    var rawRates: [Double] = []
    var ratios: [Double] = []
    var cpuRatios: [Double] = []
    var cpuPipeline: [Double] = []
    var cpuRaw: [Double] = []
    for round in 0..<rounds {
        // Alternate which goes first, so that drift in machine load hits both alike.
        let raw: Double
        let pipeline: Double
        if round % 2 == 0 {
            raw = try await throughput(concurrency: concurrency, seconds: roundSeconds) { try await callers.viaRawClient() }
            pipeline = try await throughput(concurrency: concurrency, seconds: roundSeconds) { try await callers.viaPipeline() }
        } else {
            pipeline = try await throughput(concurrency: concurrency, seconds: roundSeconds) { try await callers.viaPipeline() }
            raw = try await throughput(concurrency: concurrency, seconds: roundSeconds) { try await callers.viaRawClient() }
        }
        let rawCPU = try await cpuPerCall(concurrency: concurrency, calls: 2_000) { try await callers.viaRawClient() }
        let pipelineCPU = try await cpuPerCall(concurrency: concurrency, calls: 2_000) { try await callers.viaPipeline() }
        cpuRaw.append(rawCPU)
        cpuPipeline.append(pipelineCPU)
        cpuRatios.append(rawCPU / pipelineCPU)
        rawRates.append(raw)
        pipelineRates.append(pipeline)
        ratios.append(pipeline / raw)
    }
    func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }
    print(String(
        format: "concurrency %2d: pipeline %8.0f calls/s, raw AsyncHTTPClient %8.0f calls/s (medians of %d rounds), median ratio %.3f",
        concurrency, median(pipelineRates), median(rawRates), rounds, median(ratios)))
    print(String(
        format: "                CPU per call (client + server): pipeline %.1f µs, raw %.1f µs; CPU-based ratio %.3f",
        median(cpuPipeline), median(cpuRaw), median(cpuRatios)))
}
server.stop()
