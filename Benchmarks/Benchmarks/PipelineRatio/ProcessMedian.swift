import Foundation

/// `PipelineRatio processes N`: runs the measurement in N fresh processes, one after another, and reports
/// the median of their ratios per path and concurrency.
///
/// Each process prints, besides its table, one machine-readable line per path and concurrency
/// (``resultLine(concurrency:path:ratio:cpuRatio:)``); this reads those lines back.
enum ProcessMedian {
    /// The short names of the paths, in the order of the measurement's path list (also `profile-http`'s names).
    static let pathNames = ["raw", "pipeline", "connector", "per-loop"]

    /// The line a measuring process prints for one path at one concurrency.
    static func resultLine(concurrency: Int, path: Int, ratio: Double, cpuRatio: Double) -> String {
        String(format: "result concurrency=%d path=%@ ratio=%.4f cpu-ratio=%.4f", concurrency, pathNames[path], ratio, cpuRatio)
    }

    /// One path's ratios at one concurrency, as read from a result line.
    struct Result: Hashable {
        let concurrency: Int
        let path: String
    }

    struct ChildFailed: Error, CustomStringConvertible {
        let run: Int
        let status: Int32
        let output: String
        var description: String {
            "run \(run) exited with status \(status); its last output:\n\(output.split(separator: "\n").suffix(10).joined(separator: "\n"))"
        }
    }

    /// Runs `executable rounds` `processes` times and prints each run's ratios and their medians.
    static func run(executable: String, processes: Int, rounds: Int) throws {
        var ratios: [Result: [Double]] = [:]
        var cpuRatios: [Result: [Double]] = [:]
        for run in 1...processes {
            let output = try measure(executable: executable, rounds: rounds, run: run)
            var summary: [String] = []
            for line in output.split(separator: "\n") where line.hasPrefix("result ") {
                guard let (key, ratio, cpuRatio) = parse(line) else { continue }
                ratios[key, default: []].append(ratio)
                cpuRatios[key, default: []].append(cpuRatio)
                if key.path != "raw" { summary.append(String(format: "%@ at %d: %.3f", key.path, key.concurrency, ratio)) }
            }
            print("run \(run) of \(processes): " + summary.joined(separator: ", "))
        }
        print("median of \(processes) processes (\(rounds) rounds each):")
        for key in ratios.keys.sorted(by: { ($0.concurrency, $0.path) < ($1.concurrency, $1.path) }) where key.path != "raw" {
            let values = ratios[key]!
            print(String(
                format: "  concurrency %2d  %-10@ ratio %.3f (runs %.3f–%.3f)   CPU-based ratio %.3f",
                key.concurrency, key.path, median(values), values.min()!, values.max()!, median(cpuRatios[key]!)))
        }
    }

    /// Runs one measuring process and returns what it printed.
    private static func measure(executable: String, rounds: Int, run: Int) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [String(rounds)]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let output = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else { throw ChildFailed(run: run, status: process.terminationStatus, output: output) }
        return output
    }

    /// `result concurrency=1 path=pipeline ratio=0.9312 cpu-ratio=0.9290` → its key and ratios.
    private static func parse(_ line: Substring) -> (Result, Double, Double)? {
        var fields: [Substring: Substring] = [:]
        for pair in line.split(separator: " ").dropFirst() {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { fields[parts[0]] = parts[1] }
        }
        guard let concurrency = fields["concurrency"].flatMap({ Int($0) }), let path = fields["path"],
              let ratio = fields["ratio"].flatMap({ Double($0) }), let cpuRatio = fields["cpu-ratio"].flatMap({ Double($0) })
        else { return nil }
        return (Result(concurrency: concurrency, path: String(path)), ratio, cpuRatio)
    }
}
