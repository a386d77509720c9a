import BenchmarkSupport
import Foundation

// Measures, in one run, the throughput of GET calls to a loopback server through the full OpenServices
// pipeline (HTTPConnector) and through raw AsyncHTTPClient with the same JSON decoding, sequentially and
// 64 at a time, and prints both and their ratio.
//
// Usage: swift run -c release PipelineRatio [rounds (default 100)]
//        swift run -c release PipelineRatio processes N [rounds]          (N runs in fresh processes; median of their ratios)
//        swift run -c release PipelineRatio profile [concurrency]         (in-process pipeline calls, for a profiler)
//        swift run -c release PipelineRatio profile-http raw|pipeline|connector|per-loop [concurrency]
//
// Method: the paths take turns in short rounds (500 calls 64 at a time, 50 calls one at a time), the order
// rotating every round, so that the load of a shared machine, which drifts over seconds, hits every path
// alike. Each round gives a ratio to the raw client's round next to it; the median of those ratios is the
// result. Raw AsyncHTTPClient is `HTTPClient.shared`; the pipeline uses `HTTPConnector()` as it comes.
// Two diagnostic paths show where a difference comes from: "HTTPConnector alone" (no stages) is the
// transport's share, and "AsyncHTTPClient per loop" is AsyncHTTPClient used the way HTTPConnector uses it,
// without OpenServices.
//
// The server runs on event loops of its own, as a service on another machine would: on the client's loops,
// each process's result would depend on whether the two ends of each connection landed on the same thread
// (the raw client's pool and the connector's clients place their connections differently), ±10%.
// One process's result still moves by a few percent with where its connections landed;
// `processes N` runs N of them one after another and reports the median of their ratios.

let arguments = CommandLine.arguments

if arguments.count > 1, arguments[1] == "profile" {
    // For a profiler: 50,000 in-process calls (no network), one at a time unless a concurrency is given.
    guard let concurrency = arguments.count > 2 ? Int(arguments[2]) : 1, concurrency > 0 else {
        print("the concurrency must be a whole number above 0, e.g. 64")
        exit(2)
    }
    try await Callers.run(50_000, concurrency: concurrency, Callers.pipelineOnly())
    exit(0)
}

if arguments.count > 1, arguments[1] == "processes" {
    guard arguments.count > 2, let count = Int(arguments[2]), count > 0 else {
        print("give the number of processes, e.g. PipelineRatio processes 5")
        exit(2)
    }
    let rounds = arguments.count > 3 ? arguments[3] : "100"
    guard let roundCount = Int(rounds), roundCount > 0 else {
        print("the rounds must be a whole number above 0, e.g. 100")
        exit(2)
    }
    do {
        try ProcessMedian.run(executable: arguments[0], processes: count, rounds: roundCount)
    } catch {
        print("the measurement failed: \(error)")
        exit(1)
    }
    exit(0)
}

let profilesHTTP = arguments.count > 1 && arguments[1] == "profile-http"
guard let rounds = arguments.count > 1 && !profilesHTTP ? Int(arguments[1]) : 100, rounds > 0 else {
    print("'\(arguments[1])' is neither a number of rounds above 0 nor processes, profile or profile-http")
    exit(2)
}

let server = try await LoopbackServer.start()
let callers = Callers(baseURL: server.baseURL)

/// The four ways of making the call.
let paths: [(name: String, call: @Sendable () async throws -> Adressen)] = [
    ("raw AsyncHTTPClient", { try await callers.viaRawClient() }),
    ("OpenServices pipeline", { try await callers.viaPipeline() }),
    ("HTTPConnector alone", { try await callers.viaConnector() }),
    ("AsyncHTTPClient per loop", { try await callers.viaPerLoopClients() }),
]

if profilesHTTP {
    // For a profiler: 30,000 calls through one path.
    guard arguments.count > 2, let index = ProcessMedian.pathNames.firstIndex(of: arguments[2]) else {
        print("name the path to profile: profile-http raw|pipeline|connector|per-loop [concurrency]")
        exit(2)
    }
    let call = paths[index].call
    guard let concurrency = arguments.count > 3 ? Int(arguments[3]) : 64, concurrency > 0 else {
        print("the concurrency must be a whole number above 0, e.g. 64")
        exit(2)
    }
    let calls = 30_000
    let before = cpuMicroseconds()
    try await Callers.run(calls, concurrency: concurrency, call)
    print(String(format: "%@: %.1f µs CPU per call (client and server)", arguments[2], (cpuMicroseconds() - before) / Double(calls)))
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

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

// The pipeline's own cost, without a network (a connector that answers at once), in alternating rounds too:
// CPU time per call — request and context made, stages run, the ready answer decoded — minus the decoding
// alone, one at a time and 64 at a time. Each of the 64 is a task of its own, as each request of a
// server is, so this also shows what the call's async frames cost a fresh task (the task allocator takes
// memory from malloc beyond its first slab, and the two cores then contend for malloc's locks).
for concurrency in [1, 64] {
    var pipelineOnly: [Double] = []
    var decodeOnly: [Double] = []
    for round in 0..<40 {
        for which in round % 2 == 0 ? [0, 1] : [1, 0] {
            let before = cpuMicroseconds()
            try await Callers.run(2_000, concurrency: concurrency, which == 0 ? Callers.pipelineOnly() : Callers.decodeOnly())
            let perCall = (cpuMicroseconds() - before) / 2_000
            if which == 0 { pipelineOnly.append(perCall) } else { decodeOnly.append(perCall) }
        }
    }
    print(String(
        format: "in-process (no network), %@: pipeline+decode %.1f µs CPU/call, decode alone %.1f, pipeline cost %.1f",
        concurrency == 1 ? "one at a time" : "64 at a time", median(pipelineOnly), median(decodeOnly),
        median(zip(pipelineOnly, decodeOnly).map { $0 - $1 })))
}

print("warming up…")
for path in paths { try await Callers.run(2_000, concurrency: 64, path.call) }

for (concurrency, batch) in [(1, 50), (64, 500)] {
    var rates = Array(repeating: [Double](), count: paths.count)
    var cpu = Array(repeating: [Double](), count: paths.count)
    for round in 0..<rounds {
        for offset in 0..<paths.count {
            let index = (round + offset) % paths.count
            let cpuBefore = cpuMicroseconds()
            let before = ContinuousClock.now
            try await Callers.run(batch, concurrency: concurrency, paths[index].call)
            rates[index].append(Double(batch) / seconds(ContinuousClock.now - before))
            cpu[index].append((cpuMicroseconds() - cpuBefore) / Double(batch))
        }
    }
    print("concurrency \(concurrency) (\(rounds) rounds of \(batch) calls per path):")
    for (index, path) in paths.enumerated() {
        let ratio = median(zip(rates[index], rates[0]).map { $0 / $1 })
        let cpuRatio = median(zip(cpu[0], cpu[index]).map { $0 / $1 })
        print(String(
            format: "  %-22@ %7.0f calls/s  ratio %.3f   CPU (client + server) %6.1f µs/call, CPU-based ratio %.3f",
            path.name, median(rates[index]), ratio, median(cpu[index]), cpuRatio))
        print(ProcessMedian.resultLine(concurrency: concurrency, path: index, ratio: ratio, cpuRatio: cpuRatio))
    }
}
server.stop()
